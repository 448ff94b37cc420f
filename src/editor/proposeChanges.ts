// For each group of visitors' questions, what the widget does today and what the editor
// could change: the review file of faq:misses.
import type { Entry } from '../data/format';
import { createFaqIndex, type FaqIndex } from '../search/FaqIndex';
import type { TestQuestion } from './faqFolder';
import { normalize, type QuestionGroup } from './groupQuestions';

/** What an editor can do with a question. */
export type Action = 'alternate' | 'test' | 'new entry';

/** A row of the review file. */
export interface Proposal {
  group: QuestionGroup;
  action: Action;
  /** The entry to add the question to, or that should answer it. */
  entry: string;
  /** The widget's reply today: an entry id, or null for no answer. */
  answer: string | null;
  /** The entries the widget ranks first, with their question and confidence, the most confident first. */
  nearest: { id: string; question: string; score: number }[];
}

// A question that the widget does not answer, but whose first match covers this share of
// its words' weight, is most likely a way of asking that entry the FAQ lacks. Below it,
// the question is mostly about things no entry mentions ("parking ticket").
const NEAR = 0.3;

/**
 * The proposals for the groups of one locale. Questions the FAQ already has, as a test
 * question or as an entry's question or alternate, are left out.
 */
export async function proposeChanges(
  groups: QuestionGroup[],
  entries: Entry[],
  locale: string,
  tests: TestQuestion[],
): Promise<{ proposals: Proposal[]; known: QuestionGroup[] }> {
  const index: FaqIndex = await createFaqIndex(entries, locale);
  const knownQuestions = new Set(
    [...tests.map((test) => test.q), ...entries.flatMap((entry) => [entry.question, ...(entry.alternates ?? [])])].map(normalize),
  );
  const questions = new Map(entries.map((entry) => [entry.id, entry.question]));
  const proposals: Proposal[] = [];
  const known: QuestionGroup[] = [];
  for (const group of groups) {
    if (knownQuestions.has(normalize(group.question))) {
      known.push(group);
      continue;
    }
    const result = index.search(group.question, 3);
    // The engine ranks by more than the confidence (the fields matched, the margin): the
    // editor reads the confidence, so the list follows it.
    const nearest = result.matches
      .map(({ id, score }) => ({ id, question: questions.get(id) ?? '', score }))
      .sort((a, b) => b.score - a.score);
    const answer = result.best?.id ?? null;
    // The entry the engine ranks first is the one to propose, as the widget would offer it first.
    const first = result.matches[0];
    if (answer) proposals.push({ group, action: 'test', entry: answer, answer, nearest });
    else if (first && first.score >= NEAR) proposals.push({ group, action: 'alternate', entry: first.id, answer, nearest });
    else proposals.push({ group, action: 'new entry', entry: '', answer, nearest });
  }
  return { proposals, known };
}
