import type { Counted } from './count';
import { SLICE_MS, yieldToPage } from './yieldToPage';

/** An index built ahead of time by `npm run faq:build`, as its file holds it. */
export interface PrebuiltIndex {
  version: 2;
  /** The id of each entry, in the order of the locale file. */
  ids: string[];
  /** For each entry, the number of distinct terms in each field. */
  lengths: number[][];
  /**
   * One row per term: the term, then for each field it occurs in, the field, the number of
   * entries, and for each entry its distance from the one before and the occurrences.
   * Plain numbers, rather than MiniSearch's objects keyed by entry, halve the file.
   */
  postings: (string | number)[][];
}

/** The counted terms as `npm run faq:build` writes them. */
export function pack({ ids, lengths, postings }: Counted): PrebuiltIndex {
  const rows = [...postings].map(([term, byField]) => {
    const row: (string | number)[] = [term];
    for (const [field, byEntry] of byField) {
      row.push(field, byEntry.size);
      let previous = 0;
      for (const [entry, count] of byEntry) {
        row.push(entry - previous, count);
        previous = entry;
      }
    }
    return row;
  });
  return { version: 2, ids, lengths, postings: rows };
}

/**
 * The counted terms of a prebuilt index, read in slices; rejects when the index was not
 * built from entries with these ids.
 */
export async function unpack({ ids, lengths, postings: rows }: PrebuiltIndex, entryIds: string[]): Promise<Counted> {
  if (ids.length !== entryIds.length || ids.some((id, entry) => id !== entryIds[entry]) || lengths.length !== ids.length) {
    throw new Error('The prebuilt index is not of these entries.');
  }
  const counted: Counted = { ids, lengths, postings: new Map(), documentFrequency: new Map() };
  const seenIn = new Map<number, string>();
  let slice = performance.now();
  for (const [term, ...row] of rows as [string, ...number[]][]) {
    const byField = new Map<number, Map<number, number>>();
    let frequency = 0;
    for (let at = 0; at < row.length; ) {
      const byEntry = new Map<number, number>();
      byField.set(row[at], byEntry);
      let entry = 0;
      for (let end = at + 2 + 2 * row[at + 1], next = at + 2; next < end; next += 2) {
        byEntry.set((entry += row[next]), row[next + 1]);
        if (seenIn.get(entry) !== term) {
          seenIn.set(entry, term);
          frequency++;
        }
      }
      at += 2 + 2 * row[at + 1];
    }
    counted.postings.set(term, byField);
    counted.documentFrequency.set(term, frequency);
    if (performance.now() - slice > SLICE_MS) {
      await yieldToPage();
      slice = performance.now();
    }
  }
  return counted;
}
