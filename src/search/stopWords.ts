// Words so common in questions that they say nothing about which entry is meant. Question
// words (when, where, who, why, how) stay searchable: "when" points at a date, "where" at
// a place. The lists are written folded, as the tokenizer leaves them (no accents).
const LISTS: Record<string, string> = {
  en: 'a an and are as at be been but by can could did do does for from had has have i if in into is it its me my of on or our so than that the their them there these they this to was we were what which will with would you your',
};

const SETS = new Map(Object.entries(LISTS).map(([locale, words]) => [locale, new Set(words.split(' '))]));
const NONE = new Set<string>();

/** The stop words of a locale (by its language subtag); empty when there is no list. */
export function stopWords(locale: string): ReadonlySet<string> {
  return SETS.get(locale.toLowerCase().split('-')[0]) ?? NONE;
}
