// Test questions asked of a locale's entries, as faq:check asks them.
import type { Entry } from '../data/format';
import { createFaqIndex } from '../search/FaqIndex';
import type { TestQuestion } from './faqFolder';

/** What the widget answers to each test question, and whether that is expected. */
export async function runTests(entries: Entry[], locale: string, tests: TestQuestion[]): Promise<TestResult[]> {
  const index = await createFaqIndex(entries, locale);
  return tests.map((test) => {
    const { best, matches } = index.search(test.q, 3);
    const got = best?.id ?? null;
    return {
      test,
      got,
      passed: test.expect.length === 0 ? got === null : test.expect.includes(got ?? ''),
      matches: matches.map(({ id, question }) => ({ id, question })),
    };
  });
}

/** A test question, what the widget answers to it, and its first candidates. */
export interface TestResult {
  test: TestQuestion;
  /** The entry the widget answers with, or null when it gives no answer. */
  got: string | null;
  passed: boolean;
  /** The first three candidates, best first, answered or not. */
  matches: { id: string; question: string }[];
}
