// The answer-quality targets of `npm run eval` (README, "How the chat decides what to
// show"), held so that a change to the engine or a refit of REPLY_MODEL that breaks one
// fails here. Where the target is not yet
// reached, the figure reached today is held instead, and the target named beside it.
import { describe, expect, it } from 'vitest';
import { learn } from '../../scripts/learn';
import { runTests } from '../../src/editor/runTests';
import { createFaqIndex } from '../../src/search/FaqIndex';
import {
  CITY,
  crossNegatives,
  cutToRarest,
  emptyTally,
  HOLDOUT,
  ICLEI,
  ICLEI_UNMET,
  icleiSets,
  politely,
  readSets,
  share,
  STACKFAQ,
  type Tally,
  tally,
  type TestSet,
  widgetSearch,
} from '../../scripts/outcomes';

async function outcomes(sets: TestSet[], into: Tally = emptyTally()) {
  for (const set of sets) {
    tally(set.tests, await widgetSearch(set), into);
  }
  return share(into);
}

const [stackfaq] = readSets(STACKFAQ);
// The ICLEI test questions, those shipped in faq-data/tests and those not yet met.
const iclei = icleiSets();

describe('the outcome of a question', () => {
  const match = (id: string) => ({ id, question: id, answer: id, score: 0.3 });
  const ask = (reply: 'answer' | 'shortlist' | 'none', ids: string[], expect = ['b']) =>
    share(tally([{ q: 'q', expect }], () => ({ reply, best: reply === 'answer' ? match(ids[0]) : null, matches: ids.map(match) })));

  it('is counted as the contract measures it: offered whenever no answer is given and a right entry is among the first three', () => {
    expect(ask('none', ['a', 'b', 'c'])).toMatchObject({ offered: 1, found: 1, shown: 0, missed: 0 });
    expect(ask('shortlist', ['a', 'b', 'c'])).toMatchObject({ offered: 1, found: 1, shown: 1 });
    expect(ask('shortlist', ['a', 'c', 'd', 'b'])).toMatchObject({ offered: 0, found: 0, missed: 1, 'R@3': 0 });
    expect(ask('answer', ['a', 'b'])).toMatchObject({ right: 0, misled: 1, found: 0, shown: 0 });
    expect(ask('answer', ['b', 'a'])).toMatchObject({ right: 1, found: 1, shown: 1 });
    expect(ask('shortlist', ['a'], [])).toMatchObject({ 'off-topic listed': 1, 'off-topic answered': 0 });
  });
});

describe('answer quality', () => {
  it('StackFAQ: misled at most 0.02; shown at least 0.84 (target 0.86), found at least 0.85', async () => {
    const { misled, found, shown } = await outcomes([stackfaq]);
    expect(misled).toBeLessThanOrEqual(0.02);
    expect(shown).toBeGreaterThanOrEqual(0.84);
    expect(found).toBeGreaterThanOrEqual(0.85);
  });

  it('ICLEI test questions: right 0.92, found 0.98 and shown 0.93 in every locale', async () => {
    for (const set of iclei) {
      const { found, shown, right } = await outcomes([set]);
      expect([set.locale, right >= 0.92, found >= 0.98, shown >= 0.93]).toEqual([set.locale, true, true, true]);
    }
    const all = await outcomes(iclei);
    expect(all['off-topic answered']).toBeLessThanOrEqual(0.02);
    expect(all['off-topic listed']).toBeLessThanOrEqual(0.1);
  });

  it('ICLEI test questions after a greeting and before thanks: shown as often as without, in every locale', async () => {
    // Before the small talk around a question was peeled off, shown fell from 0.99 to 0.70
    // (in French to 0.39).
    for (const set of iclei) {
      const plain = await outcomes([set]);
      const polite = await outcomes([politely(set)]);
      expect([set.locale, polite.shown, polite.misled]).toEqual([set.locale, plain.shown, plain.misled]);
    }
  });

  it('questions cut to their two or three rarest words: shown within 0.10 of right-in-first-3', async () => {
    // StackFAQ 0.577 against 0.647 today, ICLEI 0.904 against 0.968: a short question whose
    // right entry ranks among the first three is mostly shown it.
    for (const sets of [[cutToRarest(stackfaq)], iclei.map(cutToRarest)]) {
      const cut = await outcomes(sets);
      expect(cut['R@3'] - cut.shown).toBeLessThanOrEqual(0.1);
    }
  });

  it('keeps in test/iclei-unmet only questions the shipped data does not yet meet: one it meets belongs in faq-data/tests', async () => {
    for (const set of readSets(ICLEI, ICLEI_UNMET)) {
      for (const result of await runTests(set.entries, set.locale, set.tests, set.says)) {
        expect([set.locale, result.test.q, result.passed]).toEqual([set.locale, result.test.q, false]);
      }
    }
  });

  it('held-out questions: misled at most 0.02; shown at least 0.915 (target 0.96)', async () => {
    const { misled, shown } = await outcomes(readSets(ICLEI, HOLDOUT));
    expect(misled).toBeLessThanOrEqual(0.02);
    // 0.920 today (206 of 224), one Chinese question fewer than before Korean endings counted
    // half: the refit asks more of a question known to the FAQ before it lists its entries.
    expect(shown).toBeGreaterThanOrEqual(0.915);
  });

  it('everyday city questions: answered at most 0.02, listed at most 0.10, over the seven languages', async () => {
    const city = await outcomes(readSets(ICLEI, CITY));
    expect(city['off-topic answered']).toBeLessThanOrEqual(0.02);
    expect(city['off-topic listed']).toBeLessThanOrEqual(0.1);
  });

  it('cross-FAQ negatives: answered at most 0.02, listed at most 0.05', async () => {
    const cross = await outcomes(crossNegatives(stackfaq, iclei));
    expect(cross['off-topic answered']).toBeLessThanOrEqual(0.02);
    expect(cross['off-topic listed']).toBeLessThanOrEqual(0.05);
  });

  it("gives the README's parking ticket nothing, in all seven languages", async () => {
    // The first everyday city question of each locale is that one, as a visitor writes it there.
    for (const set of readSets(ICLEI, CITY)) {
      const index = await createFaqIndex(iclei.find((faq) => faq.locale === set.locale)!.entries, set.locale);
      const [parking] = set.tests;
      expect([set.locale, parking.q, index.search(parking.q).reply]).toEqual([set.locale, parking.q, 'none']);
    }
    const en = await createFaqIndex(iclei[0].entries, 'en');
    expect(en.search('How do I pay a parking ticket?')).toMatchObject({ reply: 'none', best: null });
  });

  it("one round of the editors' loop on StackFAQ shows 0.05 more of the unseen half, and misleads no more", async () => {
    const [round] = await learn(STACKFAQ);
    // 0.854 to 0.909, with 49 of the 93 accepted alternates written; misled 0.010 to 0.010.
    expect(round.after.shown - round.before.shown).toBeGreaterThanOrEqual(0.05);
    expect(round.after.misled).toBeLessThanOrEqual(round.before.misled);
    expect(round.written).toBeLessThan(round.accepted);
    // Each accepted alternate is weighed on the 600 questions of the first half: seconds.
  }, 120_000);
});
