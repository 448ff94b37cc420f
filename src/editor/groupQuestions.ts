// Visitors ask the same thing with small differences: case, accents, punctuation, a typo,
// a word more. Grouping them shows the editor each question once, with how often it came.
import { AlikeIndex } from './AlikeIndex';
import type { VisitorQuestion } from './visitorQuestions';

/** Questions that differ only a little, in one locale. */
export interface QuestionGroup {
  /** The most frequent way of asking. */
  question: string;
  locale: string;
  /** How often all the group's questions were asked. */
  count: number;
  /** The other ways of asking, most frequent first. */
  variants: string[];
}

/** Groups near-duplicate questions, the most asked first. */
export function groupQuestions(questions: VisitorQuestion[]): QuestionGroup[] {
  // Exactly equal questions, once normalized, are counted together first, under their
  // most frequent spelling.
  const totals = new Map<string, { locale: string; count: number; key: string; spellings: Map<string, number> }>();
  for (const { question, locale, count } of questions) {
    const key = `${locale} ${normalize(question)}`;
    const total = totals.get(key) ?? totals.set(key, { locale, count: 0, key: normalize(question), spellings: new Map() }).get(key)!;
    total.count += count;
    total.spellings.set(question, (total.spellings.get(question) ?? 0) + count);
  }
  const spelled = [...totals.values()].map(({ spellings, ...total }) => ({
    ...total,
    question: [...spellings].sort((a, b) => b[1] - a[1])[0][0],
  }));
  // Each question joins the first group, in the order groups were made, whose first
  // question is that alike. Comparing with every group is quadratic (8,000 questions took a
  // minute): only the groups that can be alike are compared (see `AlikeIndex`).
  const groups: QuestionGroup[] = [];
  const indexes = new Map<string, AlikeIndex>();
  for (const locale of new Set(spelled.map((total) => total.locale))) {
    indexes.set(locale, new AlikeIndex(spelled.filter((total) => total.locale === locale).map((total) => total.key)));
  }
  for (const total of spelled.sort((a, b) => b.count - a.count)) {
    const index = indexes.get(total.locale)!;
    const alike = index.firstAlike(total.key);
    if (alike !== undefined) {
      groups[alike].count += total.count;
      groups[alike].variants.push(total.question);
      continue;
    }
    index.add(total.key, groups.length);
    groups.push({ question: total.question, locale: total.locale, count: total.count, variants: [] });
  }
  return groups;
}

/** Lower case, without accents, punctuation or repeated spaces. */
export function normalize(question: string): string {
  return question
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
