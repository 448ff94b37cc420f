// Under Trusted Types (`require-trusted-types-for 'script'`), the URL of a script element or
// a worker must come from a policy. The widget's policy, "faq-chat", passes only the URLs
// of the widget's own files, which the widget names here before it uses them.

interface Policy {
  createScriptURL(url: string): unknown;
}
type Factory = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): Policy };

const ours = new Set<string>();
let policy: Policy | null | undefined;

/** The URL of one of the widget's own files, as a script element or a worker takes it. */
export function trustedScriptUrl(url: string): string {
  ours.add(url);
  if (policy === undefined) {
    try {
      const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
      policy =
        factory?.createPolicy('faq-chat', {
          createScriptURL(candidate) {
            if (!ours.has(candidate)) throw new TypeError(`FaqChat: ${candidate} is not a file of this widget.`);
            return candidate;
          },
        }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not list "faq-chat" (README, "Hosting"):
      // the plain URL is refused where Trusted Types are enforced, and allowed elsewhere.
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}
