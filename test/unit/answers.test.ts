// The ICLEI test questions (README, "The FAQ data") in every locale, against the thresholds the
// project promises: the right entry shown, as the answer or in the shortlist, for 93% of
// visitors' questions, and no answer for 98% of the questions the FAQ is not about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLocaleFile } from '../../src/data/validate';
import { createFaqIndex } from '../../src/search/FaqIndex';

const LOCALES = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];
const read = (path: string) => JSON.parse(readFileSync(`faq-data/${path}`, 'utf8'));

describe.each(LOCALES)('the %s test questions', (locale) => {
  const tests: { q: string; expect: string[] }[] = read(`tests/${locale}.json`);

  it('get the right entry shown, and no answer when off topic', async () => {
    const index = await createFaqIndex(validateLocaleFile(read(`${locale}.json`), locale, locale).file.entries, locale);
    const missed: string[] = [];
    const answeredOffTopic: string[] = [];
    for (const test of tests) {
      const { best, reply, matches } = index.search(test.q);
      const shown = reply === 'shortlist' ? matches.slice(0, 3) : best ? [best] : [];
      if (test.expect.length === 0 && best) answeredOffTopic.push(`${test.q} → ${best.id}`);
      if (test.expect.length > 0 && !shown.some((match) => test.expect.includes(match.id))) {
        missed.push(`${test.q} → ${shown.map((match) => match.id).join(', ') || 'nothing'}`);
      }
    }
    const onTopic = tests.filter((test) => test.expect.length > 0).length;
    const offTopic = tests.length - onTopic;
    // The lists name the failures, so that a failing run says what to fix.
    expect(missed.length / onTopic, missed.join('\n')).toBeLessThanOrEqual(0.07);
    expect(answeredOffTopic.length / offTopic, answeredOffTopic.join('\n')).toBeLessThanOrEqual(0.02);
  });
});
