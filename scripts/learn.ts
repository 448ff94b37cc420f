// `npm run eval -- --learn`: the editors' loop, measured (README, "How the chat decides what
// to show"). Cities improve a FAQ by turning what visitors asked into alternates
// (`npm run faq:misses`). Here a set's questions in scope are split in two halves. The first
// half is the copy's test questions, as an editor's FAQ has them; those the chat did not
// show the right entry for are accepted, as an editor who knows the right entry would, and
// written by the same code as `faq:misses --apply`, which weighs each alternate on the test
// questions first. The second half, which none of that saw, is asked before and after.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyReview } from '../src/editor/applyReview';
import { openFolder } from '../src/editor/faqFolder';
import { runTests } from '../src/editor/runTests';
import { weighReview } from '../src/editor/weighAlternates';
import { readSets, share, type TestQuestion, type TestSet, tally, widgetSearch } from './outcomes';

/** What the second half got before and after one round of the loop. */
export interface Learned {
  locale: string;
  accepted: number;
  /** Of those, the alternates written: the others would have made the chat worse on the test questions. */
  written: number;
  before: { shown: number; misled: number };
  after: { shown: number; misled: number };
}

async function measure(set: TestSet, tests: TestQuestion[]) {
  const { shown, misled } = share(tally(tests, await widgetSearch(set)));
  return { shown, misled };
}

/** One round of the editors' loop on each locale of `folder` with test questions. */
export async function learn(folder: string): Promise<Learned[]> {
  const copy = mkdtempSync(join(tmpdir(), 'faq-learn-'));
  cpSync(folder, copy, { recursive: true });
  const results: Learned[] = [];
  for (const set of readSets(copy)) {
    const inScope = set.tests.filter((test) => test.expect.length > 0);
    const first = inScope.filter((_, at) => at % 2 === 0);
    const second = inScope.filter((_, at) => at % 2 === 1);
    const before = await measure(set, second);
    // The questions faq:check would report: the chat did not show their right entry.
    const tried = await runTests(set.entries, set.locale, first, set.says);
    const decisions = tried
      .filter((result) => !result.passed)
      .map(({ test }, at) => ({ row: at + 2, action: 'alternate' as const, entry: test.expect[0], locale: set.locale, question: test.q }));
    writeFileSync(join(copy, 'tests', `${set.locale}.json`), `${JSON.stringify(first, null, 2)}\n`);
    const faq = openFolder(copy);
    const { kept } = await weighReview(faq, decisions);
    const { files, problems } = applyReview(faq, 'learn', kept);
    if (problems.length) throw new Error(problems.map((problem) => problem.message).join('\n'));
    for (const [name, text] of files) faq.write(name, text);
    const learned = readSets(copy).find((each) => each.locale === set.locale)!;
    const after = await measure(learned, second);
    results.push({
      locale: set.locale,
      accepted: decisions.length,
      written: kept.length,
      before: { shown: before.shown, misled: before.misled },
      after: { shown: after.shown, misled: after.misled },
    });
  }
  return results;
}
