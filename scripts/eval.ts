// `npm run eval [-- <faq-data folder>...] [--tests <folder>]`: how well the widget's own
// search answers the test questions of a faq-data folder (contract section 5), per locale,
// beside plain MiniSearch with default options on the same data. `--tests` reads the
// questions from another folder, such as the held-out ones in test/holdout.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { SearchResult } from '../src/api';
import { readable } from '../src/check/readJson';
import type { Entry } from '../src/data/types';
import { validateLocaleFile, validateManifest } from '../src/data/validate';
import { fieldText } from '../src/search/count';
import { createFaqIndex } from '../src/search/FaqIndex';
import { table } from './table';

interface TestQuestion {
  q: string;
  expect: string[];
}

/** The measures of one engine on one locale's test questions. */
interface Scores {
  'P@1': number;
  'top-1': number;
  'R@3': number;
  'MRR@10': number;
  'off-topic null': number;
  answered: number;
}

type Search = (question: string) => Pick<SearchResult, 'best' | 'matches'>;

function score(tests: TestQuestion[], search: Search): Scores {
  const onTopic = tests.filter((test) => test.expect.length > 0);
  const offTopic = tests.filter((test) => test.expect.length === 0);
  let p1 = 0, top1 = 0, r3 = 0, mrr = 0, offNull = 0, answered = 0;
  for (const test of tests) {
    const { best, matches } = search(test.q);
    if (best) answered++;
    if (test.expect.length === 0) {
      if (!best) offNull++;
      continue;
    }
    const rank = matches.slice(0, 10).findIndex((match) => test.expect.includes(match.id));
    if (best && test.expect.includes(best.id)) p1++;
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const share = (count: number, total: number) => (total ? count / total : NaN);
  return {
    'P@1': share(p1, onTopic.length),
    'top-1': share(top1, onTopic.length),
    'R@3': share(r3, onTopic.length),
    'MRR@10': share(mrr, onTopic.length),
    'off-topic null': share(offNull, offTopic.length),
    answered: share(answered, tests.length),
  };
}

// MiniSearch exactly as it comes: every text field indexed, default options.
function plainMiniSearch(entries: Entry[]): Search {
  const engine = new MiniSearch<Entry>({
    fields: ['question', 'alternates', 'keywords', 'answer'],
    extractField: fieldText,
  });
  engine.addAll(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (question) => {
    const matches = engine.search(question).slice(0, 10).map((hit) => ({ ...byId.get(hit.id)!, score: hit.score }));
    return { best: matches[0] ?? null, matches };
  };
}

// A data file read as the widget reads it: a byte order mark is no mistake.
const readData = (path: string) => JSON.parse(readable(readFileSync(path, 'utf8')));

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const testsOption = args.indexOf('--tests');
const testsFolder = testsOption >= 0 ? args.splice(testsOption, 2)[1] : null;
const folders = args;
const rows: string[][] = [];
for (const folder of folders.length ? folders : ['faq-data']) {
  const manifest = validateManifest(readData(join(folder, 'index.json')), folder);
  for (const locale of Object.keys(manifest.locales)) {
    const testsFile = join(testsFolder ?? join(folder, 'tests'), `${locale}.json`);
    if (!existsSync(testsFile)) continue;
    const tests: TestQuestion[] = readData(testsFile);
    const { file } = validateLocaleFile(readData(join(folder, `${locale}.json`)), locale, locale);
    const index = await createFaqIndex(file.entries, locale);
    const ours = score(tests, (question) => index.search(question));
    const plain = score(tests, plainMiniSearch(file.entries));
    const name = `${folder} ${locale} (${tests.length})`;
    rows.push([name, 'widget', ...Object.values(ours).map(format)]);
    rows.push(['', 'plain MiniSearch', ...Object.values(plain).map(format)]);
  }
}

console.log(table(['data', 'engine', 'P@1', 'top-1', 'R@3', 'MRR@10', 'off-topic null', 'answered'], rows));

function format(value: number): string {
  return Number.isNaN(value) ? '–' : value.toFixed(3);
}
