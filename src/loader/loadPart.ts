import { trustedScriptUrl } from '../shared/trustedScriptUrl';
import { announce, PART_EVENT } from './announce';

// A file that neither runs nor fails by then is given up, so that the launcher can say the
// FAQ is unavailable rather than wait for ever; `ready` settles within 30 s all the same.
const GIVE_UP_MS = 20_000;

// Asks the loaders that ran before on this page for a file's export, by its sha384.
const ASK_EVENT = 'faq-chat:ask';

// import() of a module that already ran resolves without running it again, so a loader run
// anew on the same page (one that swapped its body: Turbo, pjax) would never hear the file
// announce itself. The loader that brought it in keeps what it announced, and hands it over.
function handOver(integrity: string, value: unknown): void {
  document.addEventListener(ASK_EVENT, (event) => (event as CustomEvent<string>).detail === integrity && announce(value));
}

/** How the loader's own script tag was pinned, so that the files it adds are pinned alike. */
export interface Pinning {
  /** Whether the page gave the loader an `integrity` attribute. */
  pinned: boolean;
  /** The loader's `crossorigin` attribute. */
  crossOrigin: string | null;
}

/**
 * Runs one of the widget's files and resolves with what it announces (announce.ts). Rejects
 * with an Error that names the file when it cannot load or run: offline, missing, or refused
 * by the page's Content-Security-Policy or an integrity check.
 *
 * The file is imported as a module, which Trusted Types do not govern, so that a page that
 * enforces them needs no policy of ours. Only a page that pins the loader with Subresource
 * Integrity gets a script element with the file's hash, since `import()` takes none; under
 * Trusted Types such a page must allow the policy "faq-chat" (README, "Hosting").
 */
export function loadPart<T>(url: string, integrity: string, { pinned, crossOrigin }: Pinning): Promise<T> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => finish(() => reject(new Error(`FaqChat: ${url} ${why}`)));
    let asking = true;
    let settled = false;
    const onPart = (event: Event) =>
      finish(() => {
        const value = (event as CustomEvent<T>).detail;
        if (!asking) handOver(integrity, value);
        resolve(value);
      });
    const timer = setTimeout(() => fail(`did not load within ${GIVE_UP_MS / 1000} s.`), GIVE_UP_MS);
    let script: HTMLScriptElement | null = null;
    const finish = (outcome: () => void) => {
      settled = true;
      clearTimeout(timer);
      document.removeEventListener(PART_EVENT, onPart);
      script?.remove();
      outcome();
    };
    document.addEventListener(PART_EVENT, onPart);
    document.dispatchEvent(new CustomEvent(ASK_EVENT, { detail: integrity }));
    asking = false;
    if (settled) return;
    // A file that ran without announcing anything is not this widget's file.
    const ran = () => fail("is not a file of this widget's version.");
    const refused = () =>
      fail("could not be loaded: offline, missing, or refused by the page's Content-Security-Policy or integrity check.");
    if (!pinned) {
      import(/* @vite-ignore */ url).then(ran, refused);
      return;
    }
    script = document.createElement('script');
    script.addEventListener('load', ran);
    script.addEventListener('error', refused);
    script.integrity = integrity;
    script.crossOrigin = crossOrigin ?? 'anonymous';
    try {
      script.src = trustedScriptUrl(url);
    } catch {
      return fail('is refused by the page\'s Trusted Types policy; allow the policy "faq-chat".');
    }
    (document.head ?? document.documentElement).append(script);
  });
}
