// Languages written right to left. None of the built-in locales is, but a manifest may add
// one, and the panel must then mirror.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The text direction of a locale, for the `dir` attribute. */
export function direction(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
