// What a visitor gets from a search engine on a set of test questions (README, "The FAQ data"),
// shared by `npm run eval`, `npm run calibrate` and the unit test that holds the targets.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { SearchResult } from '../src/api';
import { readable } from '../src/check/readJson';
import type { Entry } from '../src/data/format';
import { validateLocaleFile, validateManifest } from '../src/data/validate';
import { saysOf } from '../src/i18n/says';
import { fieldText } from '../src/search/count';
import { analyzer, createFaqIndex } from '../src/search/FaqIndex';
import { type Phrases, type SmallTalk, withoutSmallTalk } from '../src/search/smallTalk';

export interface TestQuestion {
  q: string;
  expect: string[];
}

/** The entries of one locale of a faq-data folder, with its test questions. */
export interface TestSet {
  name: string;
  locale: string;
  entries: Entry[];
  tests: TestQuestion[];
  /** The locale's small talk, its UI strings `says_*`, English where it has none, as the chat reads them. */
  says: Phrases;
}

export type Search = (question: string) => Pick<SearchResult, 'reply' | 'best' | 'matches'>;

/** Shares of the in-scope questions (outcomes, ranking) and of the off-topic ones. */
export interface Outcomes {
  right: number;
  offered: number;
  found: number;
  /** What the visitor sees: the right answer, or the right entry among the choices the chat shows. */
  shown: number;
  misled: number;
  missed: number;
  'top-1': number;
  'R@3': number;
  'MRR@10': number;
  'off-topic answered': number;
  /** Off-topic questions shown a list of entries, all unrelated. */
  'off-topic listed': number;
}

/** The outcome of each question, counted; `share` turns the counts into Outcomes. */
export interface Tally {
  onTopic: number;
  offTopic: number;
  right: number;
  offered: number;
  /** Offered, and in a shortlist the chat shows. */
  listed: number;
  misled: number;
  top1: number;
  r3: number;
  mrr: number;
  offAnswered: number;
  offShortlisted: number;
}

export function tally(tests: TestQuestion[], search: Search, into: Tally = emptyTally()): Tally {
  for (const test of tests) {
    const { reply, best, matches } = search(test.q);
    if (test.expect.length === 0) {
      into.offTopic++;
      if (best) into.offAnswered++;
      else if (reply === 'shortlist') into.offShortlisted++;
      continue;
    }
    into.onTopic++;
    const rank = matches.slice(0, 10).findIndex((match) => test.expect.includes(match.id));
    // Offered as the contract measures it, from `matches` alone; below the floor of evidence
    // the chat shows no choices, which `listed` leaves out.
    if (best) test.expect.includes(best.id) ? into.right++ : into.misled++;
    else if (rank >= 0 && rank < 3) {
      into.offered++;
      if (reply === 'shortlist') into.listed++;
    }
    if (rank === 0) into.top1++;
    if (rank >= 0 && rank < 3) into.r3++;
    if (rank >= 0) into.mrr += 1 / (rank + 1);
  }
  return into;
}

export const emptyTally = (): Tally => ({
  onTopic: 0,
  offTopic: 0,
  right: 0,
  offered: 0,
  listed: 0,
  misled: 0,
  top1: 0,
  r3: 0,
  mrr: 0,
  offAnswered: 0,
  offShortlisted: 0,
});

export function share(t: Tally): Outcomes {
  const on = (count: number) => (t.onTopic ? count / t.onTopic : NaN);
  const off = (count: number) => (t.offTopic ? count / t.offTopic : NaN);
  return {
    right: on(t.right),
    offered: on(t.offered),
    found: on(t.right + t.offered),
    shown: on(t.right + t.listed),
    misled: on(t.misled),
    missed: on(t.onTopic - t.right - t.offered - t.misled),
    'top-1': on(t.top1),
    'R@3': on(t.r3),
    'MRR@10': on(t.mrr),
    'off-topic answered': off(t.offAnswered),
    'off-topic listed': off(t.offShortlisted),
  };
}

/** The question as the chat searches it (chat/Locales.ts): without the small talk around it. */
export const searched = (set: TestSet, question: string) => withoutSmallTalk(question, set.says);

/** The widget's own search of a set's FAQ, as the chat asks it. */
export async function widgetSearch(set: TestSet): Promise<Search> {
  const index = await createFaqIndex(set.entries, set.locale);
  return (question) => index.search(searched(set, question));
}

/**
 * The widget's search of a locale's FAQ where the visitor writes in the default locale's
 * language: a question the served locale finds nothing for is answered from the default
 * locale when that answers it (chat/Locales.ts).
 */
export async function withDefaultLocale(served: TestSet, fallback: TestSet): Promise<Search> {
  const [here, there] = [await widgetSearch(served), await widgetSearch(fallback)];
  return (question) => {
    const result = here(question);
    if (result.reply !== 'none') return result;
    const elsewhere = there(question);
    return elsewhere.reply === 'answer' ? elsewhere : result;
  };
}

/** MiniSearch exactly as it comes: every text field indexed, default options, always answers. */
export function plainMiniSearch(entries: Entry[]): Search {
  const engine = new MiniSearch<Entry>({
    fields: ['question', 'alternates', 'keywords', 'answer'],
    extractField: fieldText,
  });
  engine.addAll(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (question) => {
    const matches = engine
      .search(question)
      .slice(0, 10)
      .map((hit) => ({ ...byId.get(hit.id)!, score: hit.score }));
    return { reply: matches[0] ? 'answer' : 'none', best: matches[0] ?? null, matches };
  };
}

// A data file read as the widget reads it: a byte order mark is no mistake.
export const readData = (path: string) => JSON.parse(readable(readFileSync(path, 'utf8')));

/** Each locale of a faq-data folder that has test questions in `testsFolder`. */
export function readSets(folder: string, testsFolder = join(folder, 'tests'), name = folder): TestSet[] {
  const manifest = validateManifest(readData(join(folder, 'index.json')), folder);
  return Object.keys(manifest.locales).flatMap((locale) => {
    const testsFile = join(testsFolder, `${locale}.json`);
    if (!existsSync(testsFile)) return [];
    const { file } = validateLocaleFile(readData(join(folder, `${locale}.json`)), locale, locale);
    return [{ name, locale, entries: file.entries, tests: readData(testsFile) as TestQuestion[], says: saysOf(file.ui) }];
  });
}

const ROOT = join(import.meta.dirname, '..');
export const STACKFAQ = join(ROOT, 'test/stackfaq');
export const ICLEI = join(ROOT, 'faq-data');
export const HOLDOUT = join(ROOT, 'test/holdout');
/** Everyday questions about city services, in every locale, asked of the ICLEI FAQ: all off-topic. */
export const CITY = join(ROOT, 'test/city');
/** ICLEI test questions that the widget does not yet get as expected (test/iclei-unmet/README.md). */
export const ICLEI_UNMET = join(ROOT, 'test/iclei-unmet');
/** Openers that visitors type before a question, per locale, written apart from the widget's (test/openers). */
export const OPENERS = join(ROOT, 'test/openers/openers.json');

/**
 * The ICLEI FAQ with all of its test questions: those shipped in faq-data/tests, which it
 * gets as expected, then those it does not yet, kept apart so that an editor's first
 * `npm run faq:check` of the shipped data reports nothing of theirs.
 */
export function icleiSets(name = ICLEI): TestSet[] {
  const unmet = readSets(ICLEI, ICLEI_UNMET);
  return readSets(ICLEI, undefined, name).map((set) => {
    const more = unmet.find((each) => each.locale === set.locale)?.tests ?? [];
    return { ...set, tests: [...set.tests, ...more] };
  });
}

/**
 * Short questions made from a set's questions in scope, as visitors type them into a search
 * box: each cut to its two or three rarest words (alternately), rarest by the number of the
 * FAQ's entries that have the word, kept in their order. A question with no more words than
 * that is left out, as it is in the set already. Questions written without spaces (Chinese,
 * Japanese) have no words to cut, so they give none.
 */
export function cutToRarest(set: TestSet): TestSet {
  return cut(set, (test) => test.expect.length > 0);
}

/** The off-topic questions of a set cut the same way: short questions that the FAQ is not about. */
export function cutOffTopicToRarest(set: TestSet): TestSet {
  return cut(set, (test) => test.expect.length === 0);
}

function cut(set: TestSet, chosen: (test: TestQuestion) => boolean): TestSet {
  const terms = analyzer(set.locale);
  const entriesWith = new Map<string, number>();
  for (const entry of set.entries) {
    const seen = new Set<string>();
    for (const field of ['question', 'alternates', 'keywords', 'answer']) terms(fieldText(entry, field), (term) => seen.add(term));
    for (const term of seen) entriesWith.set(term, (entriesWith.get(term) ?? 0) + 1);
  }
  // A word's rarity is its rarest term's; a word with no term (a stop word) is no keyword.
  const rarity = (word: string) => {
    let rarest = Number.POSITIVE_INFINITY;
    terms(word, (term, tells) => {
      if (tells !== 'none') rarest = Math.min(rarest, entriesWith.get(term) ?? 0);
    });
    return rarest;
  };
  const tests = set.tests.filter(chosen).flatMap((test, at) => {
    const words = test.q
      .split(/[\s?¿!¡.,;:]+/u)
      .map((word, place) => ({ word, place, rarity: rarity(word) }))
      .filter(({ rarity }) => rarity !== Number.POSITIVE_INFINITY);
    const keep = 2 + (at % 2);
    if (words.length <= keep) return [];
    const rarest = words.sort((a, b) => a.rarity - b.rarity || a.place - b.place).slice(0, keep);
    return [
      {
        q: rarest
          .sort((a, b) => a.place - b.place)
          .map(({ word }) => word)
          .join(' '),
        expect: test.expect,
      },
    ];
  });
  return { ...set, name: `${set.name} cut`, tests };
}

/**
 * A set's questions as a polite visitor types them into a chat: after the locale's first
 * greeting and before its first thanks ("hola, ¿cómo me uno? gracias").
 */
export function politely(set: TestSet): TestSet {
  const first = (kind: SmallTalk) => set.says(kind).split('|')[0];
  return { ...set, tests: set.tests.map((test) => ({ ...test, q: `${first('greeting')}, ${test.q} ${first('thanks')}` })) };
}

/** A set's questions in scope, each asked after each opener of its locale. */
export function afterOpeners(set: TestSet, openers: Record<string, string[]> = readData(OPENERS)): TestSet {
  const inScope = set.tests.filter((test) => test.expect.length > 0);
  return { ...set, tests: (openers[set.locale] ?? []).flatMap((opener) => inScope.map((test) => ({ ...test, q: opener + test.q }))) };
}

/**
 * Questions of one FAQ asked of another, all off-topic there: StackFAQ's (web
 * applications) of the English ICLEI FAQ, and the ICLEI questions of every locale of
 * StackFAQ.
 */
export function crossNegatives(stackfaq: TestSet, iclei: TestSet[]): TestSet[] {
  const offTopic = (tests: TestQuestion[]) => tests.filter((test) => test.expect.length).map(({ q }) => ({ q, expect: [] }));
  const icleiEn = iclei.find((set) => set.locale === 'en')!;
  return [
    { ...icleiEn, name: 'StackFAQ asked of ICLEI', tests: offTopic(stackfaq.tests) },
    { ...stackfaq, name: 'ICLEI asked of StackFAQ', tests: offTopic(iclei.flatMap((set) => set.tests)) },
  ];
}
