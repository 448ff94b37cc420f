// FAQs of any size made from StackFAQ: copies of its 125 entries, each copy made distinct
// by a word of its own in every question and answer, so that no two entries are equal.
import { readFileSync } from 'node:fs';
import type { Entry } from '../../src/data/format';

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
