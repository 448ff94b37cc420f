// Visitors ask the same thing with small differences: case, accents, punctuation, a typo,
// a word more. Grouping them shows the editor each question once, with how often it came.
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

// Two questions are one when this share of their letter pairs is the same (Dice's
// coefficient): it joins "how do i join iclei" and "how to join iclei?", and keeps
// "who founded iclei" apart from "who funds iclei".
const SAME = 0.8;

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
  const groups: (QuestionGroup & { pairs: Map<string, number> })[] = [];
  for (const total of spelled.sort((a, b) => b.count - a.count)) {
    const pairs = letterPairs(total.key);
    const group = groups.find((group) => group.locale === total.locale && dice(group.pairs, pairs) >= SAME);
    if (group) {
      group.count += total.count;
      group.variants.push(total.question);
    } else groups.push({ question: total.question, locale: total.locale, count: total.count, variants: [], pairs });
  }
  return groups.map(({ pairs: _, ...group }) => group);
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

function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) pairs.set(text.slice(i, i + 2), (pairs.get(text.slice(i, i + 2)) ?? 0) + 1);
  return pairs;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [pair, count] of a) (shared += Math.min(count, b.get(pair) ?? 0)), (total += count);
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * shared) / total;
}
