// Test questions asked of a locale's entries, as faq:check asks them.
import type { Entry } from '../data/format';
import { createFaqIndex } from '../search/FaqIndex';
import type { TestQuestion } from './faqFolder';

/** What the widget answers to each test question, and whether that is expected. */
export async function runTests(
  entries: Entry[],
  locale: string,
  tests: TestQuestion[],
): Promise<{ test: TestQuestion; got: string | null; passed: boolean }[]> {
  const index = await createFaqIndex(entries, locale);
  return tests.map((test) => {
    const got = index.search(test.q).best?.id ?? null;
    return { test, got, passed: test.expect.length === 0 ? got === null : test.expect.includes(got ?? '') };
  });
}
