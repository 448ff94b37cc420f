// BCP 47 matching, most specific first (README, "Embedding", locale choice):
// language-script-region, language-script, language-region, language. A tag without a
// script gets its likely one (zh-TW is written in Hant), so a manifest that adds zh-Hant
// is picked for zh-TW without a rule of ours.

/** The locale of `available` that best serves `tag`, ignoring case; null when none does. */
export function matchLocale(tag: string | null | undefined, available: string[]): string | null {
  if (!tag) return null;
  // The tag itself is the most specific match, and needs no parsing.
  const exact = available.find((code) => code.toLowerCase() === tag.trim().toLowerCase());
  if (exact) return exact;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return null;
  }
  const { language, region } = locale;
  // Guessing the script costs a look-up in the browser's locale data; only a manifest with
  // script variants (zh-Hant) needs it.
  const script = locale.script ?? (available.some((code) => /-[a-z]{4}\b/i.test(code)) ? locale.maximize().script : undefined);
  const candidates = [
    script && region && `${language}-${script}-${region}`,
    script && `${language}-${script}`,
    region && `${language}-${region}`,
    language,
  ];
  for (const candidate of candidates) {
    const found = candidate && available.find((code) => code.toLowerCase() === candidate.toLowerCase());
    if (found) return found;
  }
  return null;
}

/** The first of the wanted tags that the manifest can serve, else its default locale. */
export function chooseLocale(wanted: readonly (string | null | undefined)[], available: string[], fallback: string): string {
  for (const tag of wanted) {
    const found = matchLocale(tag, available);
    if (found) return found;
  }
  return fallback;
}
