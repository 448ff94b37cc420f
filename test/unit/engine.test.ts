// The engine is built from counted terms rather than through MiniSearch's own `add`, for
// speed. These tests hold it to ranking exactly as `add` would, and the prebuilt index to
// giving back exactly what was counted.
import MiniSearch, { type Options } from 'minisearch';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/data/format';
import { countTerms, fieldText, type Terms } from '../../src/search/count';
import { CountedMiniSearch } from '../../src/search/engine';
import { analyzer, createFaqIndex, engineOptions, FIELDS } from '../../src/search/FaqIndex';
import { SLICE_MS, slicer } from '../../src/shared/yieldToPage';
import { INDEX_VERSION, type PackedCounts, pack, unpack } from '../../src/search/prebuilt';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

// The terms of a text as the widget's index keeps them.
const termsOf = (locale: string): Terms => {
  const each = analyzer(locale);
  return (text, term) => each(text, (found) => term(found));
};

// The widget's own engine options; an engine built with `add` also tokenizes the entries'
// fields itself, as the widget's analyzer does.
function addedOptions(terms: Terms, documentFrequency: ReadonlyMap<string, number>): Options<Entry> {
  const widget = engineOptions(documentFrequency);
  return {
    ...widget,
    extractField: fieldText,
    tokenize: (text) => {
      const found: string[] = [];
      terms(text, (term) => found.push(term));
      return found;
    },
    searchOptions: { ...widget.searchOptions, tokenize: (text) => text.split(' ') },
  };
}

describe.each(['en', 'ko', 'fr'])('the engine of the %s FAQ', (locale) => {
  const entries: Entry[] = read(`faq-data/${locale}.json`).entries;
  const questions: string[] = read(`faq-data/tests/${locale}.json`).map((test: { q: string }) => test.q);
  const terms = termsOf(locale);

  it('ranks every test question exactly as one built with MiniSearch add', async () => {
    const tally = await countTerms(entries, FIELDS, terms);
    const added = new MiniSearch(addedOptions(terms, tally.documentFrequency));
    added.addAll(entries);
    const counted = CountedMiniSearch.fromCounts(tally, engineOptions(tally.documentFrequency));
    expect(counted.documentCount).toBe(entries.length);
    for (const question of questions) {
      // The widget hands the engine a question's terms, as its analyzer finds them.
      const asked: string[] = [];
      terms(question, (term) => asked.push(term));
      const expected = added.search(asked.join(' '));
      const actual = counted.search(asked.join(' '));
      expect(actual.map((hit) => hit.id)).toEqual(expected.map((hit) => hit.id));
      actual.forEach((hit, rank) => expect(hit.score).toBeCloseTo(expected[rank].score, 9));
    }
  });

  it('counts in how many entries each term occurs', async () => {
    const { documentFrequency } = await countTerms(entries, FIELDS, terms);
    const expected = new Map<string, number>();
    for (const entry of entries) {
      const held = new Set<string>();
      for (const field of FIELDS) terms(fieldText(entry, field), (term) => held.add(term));
      for (const term of held) expected.set(term, (expected.get(term) ?? 0) + 1);
    }
    expect(documentFrequency).toEqual(expected);
  });

  it('gives back from a prebuilt index exactly what was counted', async () => {
    const counted = await countTerms(entries, FIELDS, terms);
    const written = JSON.parse(JSON.stringify(pack(counted)));
    expect(await unpack(written, counted.ids)).toEqual(counted);
  });
});

describe('a prebuilt index', () => {
  it('serves only the entries it was built from', async () => {
    const entries: Entry[] = [
      { id: 'a', question: 'One', answer: 'First' },
      { id: 'b', question: 'Two', answer: 'Second' },
    ];
    const prebuilt = pack(await countTerms(entries, FIELDS, termsOf('en')));
    await expect(unpack(prebuilt, ['b', 'a'])).rejects.toThrow('not of these entries');
    await expect(unpack(prebuilt, ['a'])).rejects.toThrow('not of these entries');
  });

  it('writes numbers of any size: far-apart entries, terms said many times', async () => {
    // Each number is written as digits of base 32: these need one, two, three and four.
    const entries: Entry[] = Array.from({ length: 40_000 }, (_, index) => ({ id: `e${index}`, question: 'filler', answer: '' }));
    for (const [at, times] of [
      [0, 1],
      [31, 31],
      [32, 32],
      [1_055, 1_025],
      [39_999, 33_000],
    ]) {
      entries[at] = { id: `e${at}`, question: 'rare', answer: 'word '.repeat(times) };
    }
    const counted = await countTerms(entries, FIELDS, termsOf('en'));
    expect(counted.postings.get('word')?.get(3)).toEqual(
      new Map([
        [0, 1],
        [31, 31],
        [32, 32],
        [1_055, 1_025],
        [39_999, 33_000],
      ]),
    );
    const written = JSON.parse(JSON.stringify(pack(counted)));
    expect(await unpack(written, counted.ids)).toEqual(counted);
  });

  it('is refused when damaged, however large the count it claims', async () => {
    const ids = ['a'];
    const damaged = (codes: string): PackedCounts => ({
      version: INDEX_VERSION,
      ids,
      lengths: [[1, 0, 0, 1]],
      postings: [['word', codes]],
    });
    // Whole, "aca`a" says: one entry has the term; field 3 has it in one entry, the first
    // (0 from the one before), once. The last digit of a number is a character from "`".
    expect((await unpack(damaged('aca`a'), ids)).postings.get('word')).toEqual(new Map([[3, new Map([[0, 1]])]]));
    // A count of entries whose digits never end would claim a billion entries.
    await expect(unpack(damaged('ac_____'), ids)).rejects.toThrow('damaged');
    await expect(unpack(damaged('aca`'), ids)).rejects.toThrow('damaged');
  });
});

describe('indexing beside a page that defines its own scheduler', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it.each([
    ['returns no promise', () => undefined],
    // biome-ignore lint/suspicious/noThenProperty: a thenable is what this case is about
    ['returns a thenable that never settles', () => ({ then() {} })],
    ['returns a promise that never settles', () => new Promise(() => {})],
    [
      'throws',
      () => {
        throw new Error('no');
      },
    ],
  ])('indexes when scheduler.yield %s', async (_, yieldFn) => {
    (globalThis as { scheduler?: unknown }).scheduler = { yield: yieldFn };
    const pause = slicer();
    const start = performance.now();
    while (performance.now() - start < 3 * SLICE_MS) await pause();
    const index = await createFaqIndex([{ id: 'a', question: 'Joining the club', answer: 'Fill in the form.' }], 'en');
    expect(index.search('joining club').best?.id).toBe('a');
  });
});
