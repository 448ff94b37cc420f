// The answer-quality targets of `npm run eval` (issue 14), held so that a change to the
// engine or a refit of REPLY_MODEL that breaks one fails here. Where the target is not yet
// reached, the figure reached today is held instead, and the target named beside it.
import { describe, expect, it } from 'vitest';
import { createFaqIndex } from '../../src/search/FaqIndex';
import {
  crossNegatives,
  emptyTally,
  HOLDOUT,
  ICLEI,
  readSets,
  share,
  STACKFAQ,
  type Tally,
  tally,
  type TestSet,
} from '../../scripts/outcomes';

async function outcomes(sets: TestSet[], into: Tally = emptyTally()) {
  for (const set of sets) {
    const index = await createFaqIndex(set.entries, set.locale);
    tally(set.tests, (question) => index.search(question), into);
  }
  return share(into);
}

const [stackfaq] = readSets(STACKFAQ);
const iclei = readSets(ICLEI);

describe('the outcome of a question', () => {
  const match = (id: string) => ({ id, question: id, answer: id, score: 0.3 });
  const ask = (reply: 'answer' | 'shortlist' | 'none', ids: string[], expect = ['b']) =>
    share(tally([{ q: 'q', expect }], () => ({ reply, best: reply === 'answer' ? match(ids[0]) : null, matches: ids.map(match) })));

  it('is counted as the contract measures it: offered whenever no answer is given and a right entry is among the first three', () => {
    expect(ask('none', ['a', 'b', 'c'])).toMatchObject({ offered: 1, found: 1, 'found in chat': 0, missed: 0 });
    expect(ask('shortlist', ['a', 'b', 'c'])).toMatchObject({ offered: 1, found: 1, 'found in chat': 1 });
    expect(ask('shortlist', ['a', 'c', 'd', 'b'])).toMatchObject({ offered: 0, found: 0, missed: 1, 'R@3': 0 });
    expect(ask('answer', ['a', 'b'])).toMatchObject({ right: 0, misled: 1, found: 0, 'found in chat': 0 });
    expect(ask('answer', ['b', 'a'])).toMatchObject({ right: 1, found: 1, 'found in chat': 1 });
    expect(ask('shortlist', ['a'], [])).toMatchObject({ 'off-topic shortlisted': 1, 'off-topic answered': 0 });
  });
});

describe('answer quality', () => {
  it('StackFAQ: misled at most 0.05; found at least 0.835 (target 0.85), 0.81 through what the chat shows', async () => {
    const { misled, found, 'found in chat': inChat } = await outcomes([stackfaq]);
    expect(misled).toBeLessThanOrEqual(0.05);
    expect(found).toBeGreaterThanOrEqual(0.835);
    expect(inChat).toBeGreaterThanOrEqual(0.81);
  });

  it('ICLEI shipped tests: right at least 0.95 in every locale, off-topic answered at most 0.05', async () => {
    for (const set of iclei) expect([set.locale, (await outcomes([set])).right >= 0.95]).toEqual([set.locale, true]);
    expect((await outcomes(iclei))['off-topic answered']).toBeLessThanOrEqual(0.05);
  });

  it('held-out questions: found at least 0.95, 0.93 through what the chat shows; misled at most 0.03', async () => {
    const { found, misled, 'found in chat': inChat } = await outcomes(readSets(ICLEI, HOLDOUT));
    expect(found).toBeGreaterThanOrEqual(0.95);
    expect(inChat).toBeGreaterThanOrEqual(0.93);
    expect(misled).toBeLessThanOrEqual(0.03);
  });

  it('held-out questions: no locale finds less than today', async () => {
    // Out of 32 questions in scope per locale, as `npm run eval` printed them.
    const today: Record<string, number> = { en: 0.969, es: 0.906, fr: 0.969, pt: 0.906, ko: 1, ja: 0.938, zh: 1 };
    for (const set of readSets(ICLEI, HOLDOUT)) {
      expect((await outcomes([set])).found, set.locale).toBeGreaterThanOrEqual(today[set.locale] - 0.001);
    }
  });

  it('cross-FAQ negatives: answered at most 0.05', async () => {
    expect((await outcomes(crossNegatives(stackfaq, iclei)))['off-topic answered']).toBeLessThanOrEqual(0.05);
  });
});
