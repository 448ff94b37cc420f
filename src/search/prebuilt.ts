import type { Counted } from './count';
import { slicer } from './yieldToPage';

/** An index built ahead of time by `npm run faq:build`, as its file holds it. */
export interface PrebuiltIndex {
  version: 2;
  /** The id of each entry, in the order of the locale file. */
  ids: string[];
  /** For each entry, the number of distinct terms in each field. */
  lengths: number[][];
  /**
   * One row per term: the term, the number of entries it occurs in, then for each field it
   * occurs in a list of the field and, for each entry, its distance from the one before
   * and the occurrences. Plain numbers, rather than MiniSearch's objects keyed by entry,
   * halve the file.
   */
  postings: [string, number, ...number[][]][];
}

/** The counted terms as `npm run faq:build` writes them. */
export function pack({ ids, lengths, postings, documentFrequency }: Counted): PrebuiltIndex {
  const rows = [...postings].map(([term, byField]): PrebuiltIndex['postings'][number] => [
    term,
    documentFrequency.get(term)!,
    ...[...byField].map(([field, byEntry]) => {
      const row = [field];
      let previous = 0;
      for (const [entry, count] of byEntry) {
        row.push(entry - previous, count);
        previous = entry;
      }
      return row;
    }),
  ]);
  return { version: 2, ids, lengths, postings: rows };
}

/**
 * The counted terms of a prebuilt index, read in slices; rejects when the index was not
 * built from entries with these ids.
 */
export async function unpack({ ids, lengths, postings }: PrebuiltIndex, entryIds: string[]): Promise<Counted> {
  if (JSON.stringify(ids) !== JSON.stringify(entryIds) || lengths.length !== ids.length) {
    throw new Error('The prebuilt index is not of these entries.');
  }
  const counted: Counted = { ids, lengths, postings: new Map(), documentFrequency: new Map() };
  const pause = slicer();
  for (const [term, frequency, ...fields] of postings) {
    const byField = new Map<number, Map<number, number>>();
    for (const [field, ...pairs] of fields) {
      const byEntry = new Map<number, number>();
      for (let at = 0, entry = 0; at < pairs.length; at += 2) byEntry.set((entry += pairs[at]), pairs[at + 1]);
      byField.set(field, byEntry);
    }
    counted.postings.set(term, byField);
    counted.documentFrequency.set(term, frequency);
    await pause();
  }
  return counted;
}
