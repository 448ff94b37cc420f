// The ICLEI test questions (README, "The FAQ data") in every locale, against the thresholds the
// project promises: the right entry shown, as the answer or in the shortlist, for 93% of
// visitors' questions, and no answer for 98% of the questions the FAQ is not about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLocaleFile } from '../../src/data/validate';
import { runTests, type TestResult } from '../../src/editor/runTests';
import { saysOf } from '../../src/i18n/says';

const LOCALES = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];
const read = (path: string) => JSON.parse(readFileSync(`faq-data/${path}`, 'utf8'));

describe.each(LOCALES)('the %s test questions', (locale) => {
  const tests: { q: string; expect: string[] }[] = read(`tests/${locale}.json`);

  it('get the right entry shown, and no answer when off topic', async () => {
    const { entries, ui } = validateLocaleFile(read(`${locale}.json`), locale, locale).file;
    // As faq:check asks them: shown as the answer or in a shortlist, or nothing claimed.
    const failed = (await runTests(entries, locale, tests, saysOf(ui))).filter((result) => !result.passed);
    const said = ({ test, got, matches }: TestResult) => `${test.q} → ${got ?? matches.map((match) => match.id).join(', ')}`;
    const missed = failed.filter(({ test }) => test.expect.length > 0).map(said);
    const answeredOffTopic = failed.filter(({ test }) => test.expect.length === 0).map(said);
    const onTopic = tests.filter((test) => test.expect.length > 0).length;
    const offTopic = tests.length - onTopic;
    // The lists name the failures, so that a failing run says what to fix.
    expect(missed.length / onTopic, missed.join('\n')).toBeLessThanOrEqual(0.07);
    expect(answeredOffTopic.length / offTopic, answeredOffTopic.join('\n')).toBeLessThanOrEqual(0.02);
  });
});
