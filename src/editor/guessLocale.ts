// Matomo's export of site searches has no language column. A question's language is then
// guessed: from its script for Korean, Japanese and Chinese, otherwise as the language
// whose entries match it best.
import { createFaqIndex, type FaqIndex } from '../search/FaqIndex';
import type { FaqFolder } from './faqFolder';

const SCRIPTS: [RegExp, string][] = [
  [/\p{sc=Hangul}/u, 'ko'],
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/u, 'ja'],
  [/\p{sc=Han}/u, 'zh'],
];

/** A function that gives the likely locale of a question; the default locale when nothing tells. */
export async function localeGuesser(folder: FaqFolder): Promise<(question: string) => string> {
  const indexes = new Map<string, FaqIndex>();
  for (const locale of folder.locales) indexes.set(locale, await createFaqIndex(folder.entries(locale), locale));
  return (question) => {
    const byScript = SCRIPTS.find(([script, locale]) => script.test(question) && indexes.has(locale));
    if (byScript) return byScript[1];
    let best = { locale: folder.defaultLocale, score: 0 };
    for (const [locale, index] of indexes) {
      const score = index.search(question, 1).matches[0]?.score ?? 0;
      if (score > best.score) best = { locale, score };
    }
    return best.locale;
  };
}
