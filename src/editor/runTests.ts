// Test questions asked of a locale's entries, as faq:check asks them.
import type { Entry } from '../data/format';
import { createFaqIndex } from '../search/FaqIndex';
import { type Phrases, withoutSmallTalk } from '../search/smallTalk';
import type { TestQuestion } from './faqFolder';

/**
 * What the widget answers to each test question, and whether the visitor is shown what is
 * expected. The question is searched as the chat searches it, without the locale's small
 * talk around it (`says`, its UI strings `says_*`).
 */
export async function runTests(entries: Entry[], locale: string, tests: TestQuestion[], says: Phrases): Promise<TestResult[]> {
  const index = await createFaqIndex(entries, locale);
  return tests.map((test) => {
    const { best, reply, matches } = index.search(withoutSmallTalk(test.q, says), 3);
    const got = best?.id ?? null;
    // A question in scope passes when the visitor is shown a right entry: as the answer, or
    // among the choices of a shortlist, one tap away (README, "How the chat decides what to
    // show"). One out of scope passes when nothing is claimed as its answer.
    const shown = reply === 'shortlist' ? matches.map(({ id }) => id) : [got];
    return {
      test,
      got,
      reply,
      passed: test.expect.length === 0 ? got === null : shown.some((id) => test.expect.includes(id ?? '')),
      matches: matches.map(({ id, question }) => ({ id, question })),
    };
  });
}

/** A test question, what the widget answers to it, and its first candidates. */
export interface TestResult {
  test: TestQuestion;
  /** The entry the widget answers with, or null when it gives no answer. */
  got: string | null;
  /** What the chat does: answers, offers a shortlist, or says it does not know. */
  reply: 'answer' | 'shortlist' | 'none';
  passed: boolean;
  /** The first three candidates, best first, answered or not. */
  matches: { id: string; question: string }[];
}
