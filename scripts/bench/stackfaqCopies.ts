// FAQs of any size made from StackFAQ: copies of its 125 entries, each copy made distinct
// by a word of its own in every question and answer, so that no two entries are equal.
import { readFileSync } from 'node:fs';
import type { Entry } from '../../src/data/format';
import { prebuild } from '../../src/search/FaqIndex';

const DATA = '../shared/datasets/stackfaq';
const source = JSON.parse(readFileSync(`${DATA}/en.json`, 'utf8')).entries as Entry[];

/** The StackFAQ test questions, to search with. */
export const questions = (JSON.parse(readFileSync(`${DATA}/tests/en.json`, 'utf8')) as { q: string }[]).map((test) => test.q);

/** `size` entries from StackFAQ's, copy `n` tagged with a word like "edition12". */
export function stackfaqCopies(size: number): Entry[] {
  return Array.from({ length: size }, (_, index) => {
    const entry = source[index % source.length];
    const copy = Math.floor(index / source.length);
    const tag = copy === 0 ? '' : ` (edition${copy})`;
    return { ...entry, id: `${entry.id}-${copy}`, question: entry.question + tag, answer: entry.answer + tag };
  });
}

/**
 * The files of the prebuilt index of `entries` that `npm run faq:build` writes, the answers
 * apart in pieces, by name, encoded once as a static server's files are.
 */
export async function prebuiltFiles(entries: Entry[]): Promise<Map<string, Buffer>> {
  const { index, pieces } = await prebuild({ locale: 'en', entries }, 'en');
  return new Map([
    ['en.index.json', Buffer.from(JSON.stringify(index))],
    ...[...pieces].map(([name, piece]): [string, Buffer] => [name, Buffer.from(JSON.stringify(piece))]),
  ]);
}
