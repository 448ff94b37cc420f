import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/data/format';
import { worthOf } from '../../src/editor/outcomeWeights';
import type { Decision } from '../../src/editor/reviewFile';
import { runTests } from '../../src/editor/runTests';
import { weighAlternates } from '../../src/editor/weighAlternates';
import { saysOf } from '../../src/i18n/says';

const ENTRIES: Entry[] = [
  { id: 'parking', question: 'How do I renew a parking permit?', answer: 'Online, on the parking page.' },
  { id: 'residence', question: 'How do I renew a residence permit?', answer: 'At the citizens office.' },
  { id: 'library', question: 'When is the library open?', answer: 'Every day but Sunday.' },
];
const accepted = (entry: string, question: string, row: number): Decision => ({ row, action: 'alternate', entry, locale: 'en', question });

describe('weighing an accepted alternate', () => {
  it('writes one that makes the chat do better by the test questions, and refuses one that misleads another, naming it', async () => {
    const tests = [
      { q: 'renew my residence permit', expect: ['residence'] },
      { q: 'car park pass', expect: ['parking'] },
      // What the editor accepted wrongly, as the parking permit's.
      { q: 'renew residence permit fast', expect: ['parking'] },
    ];
    const helpful = accepted('parking', 'car park pass', 2);
    const harmful = accepted('parking', 'renew residence permit fast', 3);
    const { kept, refused } = await weighAlternates(ENTRIES, 'en', tests, [helpful, harmful], saysOf(undefined));
    expect(kept).toEqual([helpful]);
    expect(refused.map(({ decision, worse }) => [decision, worse.map(({ test, got }) => [test.q, got])])).toEqual([
      [harmful, [['renew my residence permit', 'parking']]],
    ]);
  });

  it('weighs outcomes as the reply model is fitted: a wrong answer costs three right ones, a list one tap', async () => {
    const results = await runTests(
      ENTRIES,
      'en',
      [
        { q: 'When is the library open?', expect: ['library'] },
        { q: 'When is the library open?', expect: ['parking'] },
        { q: 'When is the library open?', expect: [] },
        { q: 'renew permit', expect: ['parking'] },
      ],
      saysOf(undefined),
    );
    expect(results.map(({ got, reply }) => [got, reply])).toEqual([
      ['library', 'answer'],
      ['library', 'answer'],
      ['library', 'answer'],
      [null, 'shortlist'],
    ]);
    expect(worthOf(results)).toBeCloseTo(1 - 3 - 3 + 0.8);
  });
});
