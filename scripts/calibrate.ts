// `npm run calibrate`: fits the numbers behind the kind of reply (REPLY_MODEL in
// src/search/reply.ts) on public data only, and writes them there (README, "How the chat
// decides what to show"). The data: StackFAQ (test/stackfaq) and the ICLEI test questions
// (faq-data/tests and test/iclei-unmet), each also cut to its rarest words as a search box
// gets them; the cross-FAQ negatives (each FAQ's questions asked of the other); and everyday
// questions about city services in every locale (test/city), all off-topic. The held-out
// questions (test/holdout) are left out, to check that the fit generalizes.
//
// The objective is what visitors get. Each outcome of a question has a stated weight
// (OUTCOME_WEIGHTS), each data set counts the same, and the fit keeps the model with the
// best mean, under two bounds: misled, and off-topic answered, at most MAX_WRONG in each
// data set; off-topic questions shown a list at most MAX_LISTED. For each point of a grid
// of the share an answer must match, its lead over the second entry and the weight of that
// lead, the answer cuts start at the lowest that hold the first bound (one for questions of
// words, one for questions searched by pairs of characters); the shortlist's floors (the
// share of the question, the weight matched in all, the share known) are then searched on
// a grid. Then the answer cut rises in steps as far as the objective gains by it and the
// shipped ICLEI questions stay right in every locale (MIN_RIGHT), and the floors are
// searched again under it: a wrong answer weighs three right ones, so the bound alone
// answered more than visitors gain by.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFaqIndex } from '../src/search/FaqIndex';
import { OUTCOME_WEIGHTS } from '../src/editor/outcomeWeights';
import { answers, type Cuts, type Evidence, offers, type ReplyModel } from '../src/search/reply';
import { CITY, crossNegatives, cutToRarest, ICLEI, icleiSets, readSets, STACKFAQ, searched, type TestSet } from './outcomes';

const MAX_WRONG = 0.02;
const MAX_LISTED = 0.1;
// Right answers kept in every locale of the ICLEI test questions: the rest are found in a
// shortlist, one tap away.
const MIN_RIGHT = Number(process.env.MIN_RIGHT ?? 0.92);
/**
 * What each outcome is worth to the visitor. A right answer is the goal (1). The right
 * entry in a list costs one tap more (0.8). A list without it costs a moment's reading
 * (-0.1); nothing shown, an honest "I don't know" with the way to a person, costs nothing
 * (0). A wrong answer, confident and unasked for, costs the visitor's trust in every later
 * answer (-3): it weighs as much as three right ones. An off-topic question shown a list of
 * unrelated entries looks like a chat that did not listen (-0.5); answered, it misleads
 * (-3).
 */
const GRID = {
  least: [0.2, 0.3, 0.4, 0.5],
  apart: [0, 0.05, 0.1],
  lead: [0, 0.25, 0.5, 0.75, 1, 1.5],
  rival: [0, 0.25, 0.5, 0.75, 1],
  shortlist: [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5],
  matched: [0.5, 0.75, 1, 1.25, 1.5, 2, Infinity],
  known: [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
};

// The steps in which the fit raises the answer cut above the lowest that holds MAX_WRONG,
// and how many it tries at most.
const ANSWER_STEP = 0.01;
const ANSWER_STEPS = 30;

interface Sample {
  evidence: Evidence;
  /** The first candidate is right (false for off-topic questions). */
  top: boolean;
  /** A right answer is among the first three. */
  near: boolean;
  offTopic: boolean;
  locale: string;
}

async function samples(sets: TestSet[]): Promise<Sample[]> {
  const all: Sample[] = [];
  for (const set of sets) {
    const index = await createFaqIndex(set.entries, set.locale);
    for (const test of set.tests) {
      const { matches, evidence } = index.evidence(searched(set, test.q), 3);
      const rank = matches.findIndex((match) => test.expect.includes(match.id));
      // A question with nothing to search gets no reply whatever the model: it still counts.
      all.push({
        evidence: evidence ?? { cover: 0, titled: 0, margin: 0, contested: 0, known: 0, matched: 0, paired: false },
        top: rank === 0,
        near: rank >= 0,
        offTopic: test.expect.length === 0,
        locale: set.locale,
      });
    }
  }
  return all;
}

const [stackfaq] = readSets(STACKFAQ);
const iclei = icleiSets();
const groups: { name: string; samples: Sample[] }[] = [
  { name: 'StackFAQ', samples: await samples([stackfaq]) },
  { name: 'StackFAQ cut', samples: await samples([cutToRarest(stackfaq)]) },
  { name: 'ICLEI', samples: await samples(iclei) },
  { name: 'ICLEI cut', samples: await samples(iclei.map(cutToRarest)) },
  { name: 'cross-FAQ negatives', samples: await samples(crossNegatives(stackfaq, iclei)) },
  { name: 'city questions', samples: await samples(readSets(ICLEI, CITY)) },
];
// The cut questions are bounded by nothing but the objective: cut to two words, many name
// no entry at all, and misleading on them is counted at its full weight.
const isBounded = (name: string) => !name.endsWith(' cut');
// Questions of words and questions searched by pairs have cuts of their own, fitted on
// their own questions: each group is split in two, and each half counts in the mean as a
// group of its own would.
const KINDS = ['words', 'paired'] as const;
const halves = KINDS.map((kind) =>
  groups
    .map(({ name, samples }) => ({ name, samples: samples.filter((sample) => sample.evidence.paired === (kind === 'paired')) }))
    .filter((group) => group.samples.length > 0),
);

// What the visitors of a group get under the model: the share of each outcome, and the
// objective.
function outcomes(group: Sample[], model: ReplyModel) {
  const count = { right: 0, listedRight: 0, listedWrong: 0, none: 0, misled: 0, offListed: 0, offAnswered: 0, offNone: 0 };
  for (const { evidence, top, near, offTopic } of group) {
    const answered = answers(evidence, model);
    const listed = !answered && offers(evidence, model);
    if (offTopic) count[answered ? 'offAnswered' : listed ? 'offListed' : 'offNone']++;
    else if (answered) count[top ? 'right' : 'misled']++;
    else if (listed) count[near ? 'listedRight' : 'listedWrong']++;
    else count.none++;
  }
  const on = count.right + count.listedRight + count.listedWrong + count.none + count.misled;
  const off = count.offListed + count.offAnswered + count.offNone;
  const share = (n: number, of: number) => (of ? n / of : 0);
  const shares = {
    right: share(count.right, on),
    listedRight: share(count.listedRight, on),
    listedWrong: share(count.listedWrong, on),
    none: share(count.none, on),
    misled: share(count.misled, on),
    offListed: share(count.offListed, off),
    offAnswered: share(count.offAnswered, off),
  };
  // A group of off-topic questions only is scored on those alone, and the other way round.
  const score = (Object.keys(OUTCOME_WEIGHTS) as (keyof typeof shares)[]).reduce((sum, key) => sum + OUTCOME_WEIGHTS[key] * shares[key], 0);
  return { ...shares, score };
}

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

// The best cuts for one kind of question under a grid point, with their objective: the
// sum over that kind's groups. Each weight of the second entry's match is tried.
function fitCuts(kind: (typeof KINDS)[number], base: Omit<ReplyModel, 'words' | 'paired'>, minRight: number) {
  let best: { cuts: Cuts; score: number } | null = null;
  for (const rival of GRID.rival) {
    const fitted = fitCutsWith(kind, base, minRight, rival);
    if (fitted && (!best || fitted.score > best.score)) best = fitted;
  }
  return best;
}

// The ICLEI questions of each kind, by locale. A locale with a handful of questions of a
// kind (ICLEI in Latin letters, asked in Korean) has too few for a share of its own.
const icleiByLocale = halves.map((half) => {
  const samples = half.find((group) => group.name === 'ICLEI')?.samples ?? [];
  const locales = [...new Set(samples.map((sample) => sample.locale))];
  return locales.map((locale) => samples.filter((sample) => sample.locale === locale)).filter((locale) => locale.length >= 20);
});

function fitCutsWith(kind: (typeof KINDS)[number], base: Omit<ReplyModel, 'words' | 'paired'>, minRight: number, rival: number) {
  const own = halves[KINDS.indexOf(kind)];
  const model = (cuts: Cuts): ReplyModel => ({ ...base, words: cuts, paired: cuts });
  // A model that answers from `cut` and offers no list.
  const answering = (cut: number) => model({ answer: cut, rival, shortlist: 2, matched: Infinity, known: 2 });
  // Above the highest confidence there can be, nothing is answered.
  const answer = lowestCut(1 + base.lead + 0.001, (cut) =>
    own
      .filter((group) => isBounded(group.name))
      .every((group) => {
        const { misled, offAnswered } = outcomes(group.samples, answering(cut));
        return misled <= MAX_WRONG && offAnswered <= MAX_WRONG;
      }),
  );
  // The answer cut that keeps the shipped questions right in every locale, if it is higher.
  const rightIn = (cut: number) => icleiByLocale[KINDS.indexOf(kind)].every((locale) => outcomes(locale, answering(cut)).right >= minRight);
  if (!rightIn(answer)) return null;
  // The objective of cuts, or null where they list too many off-topic questions.
  const scoreOf = (cuts: Cuts) => {
    const results = own.map((group) => outcomes(group.samples, model(cuts)));
    return results.some((result) => result.offListed > MAX_LISTED) ? null : results.reduce((sum, result) => sum + result.score, 0);
  };
  const floorsFor = (answer: number) => {
    let best: { cuts: Cuts; score: number } | null = null;
    for (const shortlist of GRID.shortlist)
      for (const matched of GRID.matched)
        for (const known of GRID.known) {
          const cuts = { answer, rival, shortlist, matched, known };
          const score = scoreOf(cuts);
          if (score !== null && (!best || score > best.score)) best = { cuts, score };
        }
    return best;
  };
  const atBound = floorsFor(answer);
  if (!atBound) return null;
  // A higher answer cut than the bound's lowest turns some right answers into lists, and
  // some wrong ones too: the objective chooses, under these floors, as long as the shipped
  // questions stay right; the floors are then fitted again under the cut chosen.
  let raised = atBound;
  for (let step = 1; step <= ANSWER_STEPS; step++) {
    const cut = Math.round((answer + step * ANSWER_STEP) * 1000) / 1000;
    if (!rightIn(cut)) break;
    const cuts = { ...atBound.cuts, answer: cut };
    const score = scoreOf(cuts);
    if (score !== null && score > raised.score) raised = { cuts, score };
  }
  const refitted = raised === atBound ? null : floorsFor(raised.cuts.answer);
  return refitted && refitted.score > raised.score ? refitted : raised;
}

// The model kept keeps MIN_RIGHT in as many kinds of question as any model can, and among
// those has the best objective; a kind where no model keeps it is fitted without.
let best: { model: ReplyModel; score: number; kept: number } | null = null;
for (const least of GRID.least)
  for (const apart of GRID.apart)
    for (const lead of GRID.lead) {
      const base = { least, apart, lead };
      const fits = KINDS.map((kind) => {
        const kept = fitCuts(kind, base, MIN_RIGHT);
        return kept ? { ...kept, kept: 1 } : { ...fitCuts(kind, base, 0), kept: 0 };
      });
      const [words, paired] = fits;
      if (!words.cuts || !paired.cuts) continue;
      const kept = words.kept + paired.kept;
      const score = ((words.score ?? 0) + (paired.score ?? 0)) / (halves[0].length + halves[1].length);
      if (!best || kept > best.kept || (kept === best.kept && score > best.score))
        best = { model: { ...base, words: words.cuts, paired: paired.cuts }, score, kept };
    }
if (!best) throw new Error('No model keeps off-topic questions from lists within the bound.');
if (best.kept < KINDS.length) console.log(`No model keeps ICLEI right at least ${MIN_RIGHT} in every locale for both kinds of question.`);

const { model } = best;
const file = join(import.meta.dirname, '../src/search/reply.ts');
// As the formatter lays it out: a key a line, the cuts of a kind on one.
const inline = (value: object) =>
  `{ ${Object.entries(value)
    .map(([key, v]) => `${key}: ${v}`)
    .join(', ')} }`;
const written = `{\n${Object.entries(model)
  .map(([key, value]) => `  ${key}: ${typeof value === 'object' ? inline(value) : value},\n`)
  .join('')}}`;
writeFileSync(file, readFileSync(file, 'utf8').replace(/(export const REPLY_MODEL: ReplyModel = )\{[\s\S]*?\n\};/, `$1${written};`));
console.log(`REPLY_MODEL = ${written}`);
console.log(`Outcome weights: ${JSON.stringify(OUTCOME_WEIGHTS)}; objective ${best.score.toFixed(3)}, the mean of the groups'.`);
for (const group of halves.flatMap((half, kind) => half.map(({ name, samples }) => ({ name: `${name}, ${KINDS[kind]}`, samples })))) {
  const result = outcomes(group.samples, model);
  console.log(
    group.name.padEnd(28),
    Object.entries(result)
      .map(([key, value]) => `${key} ${value.toFixed(3)}`)
      .join('  '),
  );
}
