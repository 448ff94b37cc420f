// Test questions as faq:check asks them: one in scope passes when the visitor is shown a
// right entry, as the answer or in a shortlist; one out of scope when nothing is claimed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLocaleFile } from '../../src/data/validate';
import { runTests } from '../../src/editor/runTests';
import { saysOf } from '../../src/i18n/says';

const { entries } = validateLocaleFile(JSON.parse(readFileSync('faq-data/en.json', 'utf8')), 'en', 'en').file;
const english = saysOf(undefined);

describe('runTests', () => {
  it('passes a question whose right entry the chat offers in a shortlist, one tap away', async () => {
    const asked = [{ q: 'so what exactly is iclei trying to acheive for cities and regions', expect: ['what-iclei-does'] }];
    const [result] = await runTests(entries, 'en', asked, english);
    expect(result).toMatchObject({ got: null, passed: true });
    expect(result.matches[0].id).toBe('what-iclei-does');
  });

  it('fails a question answered wrongly, and passes an off-topic one given no answer', async () => {
    const results = await runTests(
      entries,
      'en',
      [
        { q: 'When was ICLEI founded?', expect: ['headquarters'] },
        { q: 'How do I pay a parking ticket?', expect: [] },
      ],
      english,
    );
    expect(results.map(({ got, passed }) => ({ got, passed }))).toEqual([
      { got: 'founded', passed: false },
      { got: null, passed: true },
    ]);
  });

  it('asks a question as the chat does, without the small talk around it', async () => {
    const question = 'Hello! Quick question: when was ICLEI founded? Thanks';
    const [result] = await runTests(entries, 'en', [{ q: question, expect: ['founded'] }], english);
    expect(result).toMatchObject({ got: 'founded', passed: true });
    const none = saysOf({ says_greeting: '', says_asking: '', says_thanks: '', says_goodbye: '' });
    const [unpeeled] = await runTests(entries, 'en', [{ q: question, expect: ['founded'] }], none);
    expect(unpeeled).toMatchObject({ got: null });
  });
});
