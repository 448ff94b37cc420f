// `npm run calibrate`: fits the numbers behind the kind of reply (REPLY_MODEL in
// src/search/reply.ts) on public data only, and writes them there: StackFAQ
// (test/stackfaq), the ICLEI test questions shipped in faq-data/tests, and the cross-FAQ
// negatives (each FAQ's questions asked of the other). The held-out questions
// (test/holdout) are left out, to check that the fit generalizes.
//
// Five numbers: the share of the question an answer must match, the lead over the second
// entry it must exceed, and the weight of that lead, searched on a grid; the cut on the
// confidence, and the share of the question below which nothing is offered. For each
// point of the grid,
// - the answer cut is the lowest that keeps misled, and off-topic answered, at most
//   MAX_WRONG in each data set (the ICLEI locales together);
// - the shortlist floor is the lowest that keeps off-topic questions given a shortlist or an
//   answer at most MAX_OFFERED, so that a question about something else gets no list of
//   unrelated entries;
// and the weights kept are those under which the most questions are found (answered right
// or offered), a right answer counting RIGHT_BONUS more than a shortlist, less the wrong
// answers, each data set counting the same, with right answers at least MIN_RIGHT in
// every ICLEI locale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFaqIndex } from '../src/search/FaqIndex';
import { answers, type Evidence, offers, type ReplyModel } from '../src/search/reply';
import { crossNegatives, ICLEI, readSets, STACKFAQ, type TestSet } from './outcomes';

const MAX_WRONG = 0.04;
const MAX_OFFERED = 0.2;
const MIN_RIGHT = 0.95;
// One step is found either way, but an answer saves the visitor a choice.
const RIGHT_BONUS = 0.25;
const GRID = { least: [0.2, 0.3, 0.4, 0.5], apart: [0, 0.05, 0.1, 0.2], lead: [0, 0.125, 0.25, 0.375, 0.5, 0.75, 1, 1.5, 2] };

interface Sample {
  evidence: Evidence;
  /** The first candidate is right (false for off-topic questions). */
  top: boolean;
  /** A right answer is among the first three. */
  near: boolean;
  offTopic: boolean;
}

async function samples(sets: TestSet[]): Promise<Sample[]> {
  const all: Sample[] = [];
  for (const set of sets) {
    const index = await createFaqIndex(set.entries, set.locale);
    for (const test of set.tests) {
      const { matches, evidence } = index.evidence(test.q, 3);
      const rank = matches.findIndex((match) => test.expect.includes(match.id));
      const offTopic = test.expect.length === 0;
      // A question with nothing to search gets no reply whatever the model: it still counts.
      all.push({
        evidence: evidence ?? { cover: 0, titled: 0, margin: 0, words: 1, matched: 0 },
        top: rank === 0,
        near: rank >= 0,
        offTopic,
      });
    }
  }
  return all;
}

const [stackfaq] = readSets(STACKFAQ);
const iclei = readSets(ICLEI);
const icleiGroups = await Promise.all(iclei.map((set) => samples([set])));
// Misled and off-topic answered are bounded on all ICLEI locales together: each locale has
// too few off-topic questions (about 17) for a share of its own.
const groups = [await samples([stackfaq]), icleiGroups.flat(), await samples(crossNegatives(stackfaq, iclei))];

// What the visitors of a data set get under the model, with these two cuts.
const outcomes = (group: Sample[], model: ReplyModel, answer: number, floor: number) => {
  let on = 0,
    off = 0,
    right = 0,
    misled = 0,
    offered = 0,
    offAnswered = 0,
    offOffered = 0;
  for (const sample of group) {
    const answered = answers(sample.evidence, { ...model, answer });
    const listed = !answered && offers(sample.evidence, { ...model, shortlist: floor });
    if (sample.offTopic) {
      off++;
      if (answered) offAnswered++;
      if (answered || listed) offOffered++;
    } else {
      on++;
      if (answered) sample.top ? right++ : misled++;
      // Offered as the contract measures it: the right entry among the first three
      // matches of a question not answered, shown in a list or not.
      else if (sample.near) offered++;
    }
  }
  const of = (count: number, total: number) => (total ? count / total : 0);
  return {
    right: of(right, on),
    misled: of(misled, on),
    found: of(right + offered, on),
    offAnswered: of(offAnswered, off),
    offOffered: of(offOffered, off),
    on,
  };
};

// The lowest cut in [0, high] at which `holds` holds, by bisection: what it bounds falls
// as the cut rises.
const lowestCut = (high: number, holds: (cut: number) => boolean) => {
  let low = 0;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    holds(middle) ? (high = middle) : (low = middle);
  }
  return Math.ceil(high * 1000) / 1000;
};

let best: { model: ReplyModel; score: number } | null = null;
let closest: { model: ReplyModel; right: number } | null = null;
for (const least of GRID.least)
  for (const apart of GRID.apart)
    for (const lead of GRID.lead) {
      const model: ReplyModel = { least, apart, lead, answer: 0, shortlist: 0 };
      // Above the highest confidence there can be, nothing is answered.
      model.answer = lowestCut(1 + lead + 0.001, (cut) =>
        groups.every((group) => {
          const { misled, offAnswered } = outcomes(group, model, cut, 1);
          return misled <= MAX_WRONG && offAnswered <= MAX_WRONG;
        }),
      );
      model.shortlist = Math.min(
        1,
        lowestCut(1.001, (cut) => groups.every((group) => outcomes(group, model, model.answer, cut).offOffered <= MAX_OFFERED)),
      );
      const results = groups.map((group) => outcomes(group, model, model.answer, model.shortlist));
      const rightIn = (group: Sample[]) => outcomes(group, model, model.answer, model.shortlist).right;
      const worst = Math.min(...icleiGroups.map(rightIn));
      if (!closest || worst > closest.right) closest = { model, right: worst };
      if (worst < MIN_RIGHT) continue;
      // A wrong answer, to a question in scope or not, costs as much as a found one gains.
      const score = results.reduce((sum, r) => sum + r.found + RIGHT_BONUS * r.right - r.misled - r.offAnswered, 0) / results.length;
      if (!best || score > best.score) best = { model, score };
    }
if (!best) throw new Error(`No weights keep the ICLEI answers right; the closest: ${JSON.stringify(closest)}`);

const { model } = best;
const file = join(import.meta.dirname, '../src/search/reply.ts');
const written = `{ ${Object.entries(model)
  .map(([key, value]) => `${key}: ${value}`)
  .join(', ')} }`;
writeFileSync(file, readFileSync(file, 'utf8').replace(/(export const REPLY_MODEL: ReplyModel = ).*;/, `$1${written};`));
console.log(`REPLY_MODEL = ${written}`);
const names = ['StackFAQ', 'ICLEI', 'cross-FAQ negatives', ...iclei.map((set) => `ICLEI ${set.locale}`)];
[...groups, ...icleiGroups].forEach((group, g) => {
  const { on, ...result } = outcomes(group, model, model.answer, model.shortlist);
  console.log(
    names[g].padEnd(20),
    Object.entries(result)
      .map(([key, value]) => `${key} ${value.toFixed(3)}`)
      .join('  '),
  );
});
