// `npm run eval`: what visitors get from the widget's own search, beside plain MiniSearch
// with default options on the same data, per locale (README, "The FAQ data"), on StackFAQ (an
// outside benchmark nobody tuned for; its short questions also apart), the ICLEI test
// questions (faq-data/tests, and test/iclei-unmet), the held-out ones in test/holdout, the
// everyday city questions in test/city, and the cross-FAQ negatives (one FAQ's questions
// asked of the other). StackFAQ, the ICLEI test questions and the city questions are also cut
// to their rarest words, as a search box gets them, and the ICLEI test questions are also
// said with a greeting and thanks around them, and after openers ("quick question:"), as a
// chat gets them, and the English ones asked on the panel of each other locale.
// `npm run eval -- <faq-data folder>... [--tests <folder>]` measures other folders instead;
// `--tests` reads the questions from another folder. `--learn` measures one round of the
// editors' loop instead (scripts/learn.ts), on StackFAQ or the folders named.
import {
  afterOpeners,
  CITY,
  crossNegatives,
  cutOffTopicToRarest,
  cutToRarest,
  emptyTally,
  HOLDOUT,
  ICLEI,
  icleiSets,
  type Outcomes,
  plainMiniSearch,
  politely,
  readSets,
  type Search,
  share,
  STACKFAQ,
  type Tally,
  tally,
  type TestSet,
  widgetSearch,
  withDefaultLocale,
} from './outcomes';
import { learn } from './learn';
import { table } from './table';

const COLUMNS: (keyof Outcomes)[] = [
  'right',
  'shown',
  'found',
  'misled',
  'missed',
  'off-topic answered',
  'off-topic listed',
  'top-1',
  'R@3',
  'MRR@10',
];

// One row per locale and engine, and an overall row for each engine when there are several
// locales. `widget` is the widget's search of a set.
async function report(title: string, sets: TestSet[], widget: (set: TestSet) => Promise<Search> = widgetSearch): Promise<void> {
  const rows: string[][] = [];
  const all = { widget: emptyTally(), plain: emptyTally() };
  const row = (name: string, engine: string, counts: Tally) =>
    rows.push([name, engine, String(counts.onTopic + counts.offTopic), ...COLUMNS.map((column) => format(share(counts)[column]))]);
  for (const set of sets) {
    const engines: [keyof typeof all, Search][] = [
      ['widget', await widget(set)],
      ['plain', plainMiniSearch(set.entries)],
    ];
    for (const [engine, search] of engines) {
      const counts = tally(set.tests, search);
      for (const field of Object.keys(counts) as (keyof Tally)[]) all[engine][field] += counts[field];
      row(engine === 'widget' ? `${set.name} ${set.locale}` : '', engine === 'widget' ? 'widget' : 'plain MiniSearch', counts);
    }
  }
  if (sets.length > 1) {
    row('all', 'widget', all.widget);
    row('', 'plain MiniSearch', all.plain);
  }
  console.log(`\n## ${title}\n`);
  console.log(table(['data', 'engine', 'questions', ...COLUMNS], rows));
}

const SHORT_WORDS = 6;

function format(value: number): string {
  return Number.isNaN(value) ? '–' : value.toFixed(3);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const learning = args.includes('--learn');
if (learning) args.splice(args.indexOf('--learn'), 1);
const testsOption = args.indexOf('--tests');
const testsFolder = testsOption >= 0 ? args.splice(testsOption, 2)[1] : undefined;
if (learning) {
  for (const folder of args.length ? args : [STACKFAQ]) {
    const rows = (await learn(folder)).map(({ locale, accepted, written, before, after }) => [
      locale,
      String(accepted),
      String(written),
      format(before.shown),
      format(after.shown),
      format(before.misled),
      format(after.misled),
    ]);
    console.log(`\n## One round of the editors' loop on ${folder} (the second half of its questions)\n`);
    console.log(
      table(['locale', 'accepted from the first half', 'written', 'shown before', 'shown after', 'misled before', 'misled after'], rows),
    );
  }
} else if (args.length) {
  for (const folder of args) await report(folder, readSets(folder, testsFolder));
} else {
  const [stackfaq] = readSets(STACKFAQ, undefined, 'StackFAQ');
  const iclei = icleiSets('ICLEI');
  await report('StackFAQ (test/stackfaq)', [stackfaq]);
  // Short questions, keywords more than sentences, are where a lexical engine misleads most.
  const short = stackfaq.tests.filter((test) => test.q.split(/\s+/).filter(Boolean).length <= SHORT_WORDS);
  await report(`StackFAQ, questions of ${SHORT_WORDS} words or fewer`, [{ ...stackfaq, name: 'StackFAQ short', tests: short }]);
  await report('StackFAQ, questions cut to their 2 or 3 rarest words', [cutToRarest(stackfaq)]);
  await report('ICLEI test questions (faq-data/tests, and test/iclei-unmet)', iclei);
  await report('ICLEI test questions, cut to their 2 or 3 rarest words', iclei.map(cutToRarest));
  await report('ICLEI test questions, after a greeting and before thanks', iclei.map(politely));
  await report(
    'ICLEI test questions, after openers written apart from the widget (test/openers)',
    iclei.map((set) => afterOpeners(set)),
  );
  // Visitors often write in English on a page in another language.
  const english = iclei.find((set) => set.locale === 'en')!;
  await report(
    "ICLEI's English test questions, asked on the panel of each other locale",
    iclei.filter((set) => set !== english).map((set) => ({ ...set, name: 'English asked in', tests: english.tests })),
    (set) => withDefaultLocale(set, english),
  );
  await report('ICLEI held-out questions (test/holdout)', readSets(ICLEI, HOLDOUT, 'held-out'));
  await report('Everyday city questions asked of ICLEI (test/city, all off-topic)', readSets(ICLEI, CITY, 'city'));
  // Short questions the FAQ is not about, as a search box gets them: not in the fit (README,
  // "How the chat decides what to show").
  await report('Everyday city questions, cut to their 2 or 3 rarest words', readSets(ICLEI, CITY, 'city').map(cutOffTopicToRarest));
  await report('Cross-FAQ negatives (all off-topic)', crossNegatives(stackfaq, iclei));
}
