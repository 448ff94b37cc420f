import type { Entry } from '../data/format';
import { slicer } from '../shared/yieldToPage';

/**
 * What indexing counts: which term occurs in which field of which entry, how often. Entries
 * and fields are known by their position, as MiniSearch knows them.
 */
export interface Counted {
  /** The id of each entry. */
  ids: string[];
  /** For each entry, the number of distinct terms in each field. */
  lengths: number[][];
  /** Term → field → entry → occurrences. */
  postings: Map<string, Map<number, Map<number, number>>>;
  /** In how many entries each term occurs. */
  documentFrequency: Map<string, number>;
}

/** Gives each term of a text, as the index keeps it. */
export type Terms = (text: string, term: (term: string) => void) => void;

// What counting knows of one term: its postings (field → entry → occurrences), the field
// of which entry it was last seen in and its occurrences there, the entry it was last seen
// in, and in how many entries it occurs. Each word of a text looks up its term once, and
// the postings grow once for each field that has the term.
interface Tally {
  postings: Map<number, Map<number, number>>;
  field: number;
  count: number;
  entry: number;
  frequency: number;
}

/** Counts the terms of each field of the entries, in slices that let the page breathe. */
export async function countTerms(entries: Entry[], fields: string[], terms: Terms): Promise<Counted> {
  const lengths: number[][] = [];
  const tallies = new Map<string, Tally>();
  // Numbers each field of each entry, so that a term knows whether it was seen in this one.
  let fieldCounted = 0;
  const pause = slicer();
  for (const [entry, item] of entries.entries()) {
    lengths.push(
      fields.map((field, fieldId) => {
        const found: Tally[] = [];
        fieldCounted++;
        terms(fieldText(item, field), (term) => {
          let tally = tallies.get(term);
          if (!tally) tallies.set(term, (tally = { postings: new Map(), field: 0, count: 0, entry: -1, frequency: 0 }));
          if (tally.field !== fieldCounted) {
            tally.field = fieldCounted;
            tally.count = 0;
            found.push(tally);
          }
          tally.count++;
        });
        for (const tally of found) {
          const { postings } = tally;
          (postings.get(fieldId) ?? postings.set(fieldId, new Map()).get(fieldId)!).set(entry, tally.count);
          if (tally.entry !== entry) {
            tally.entry = entry;
            tally.frequency++;
          }
        }
        return found.length;
      }),
    );
    await pause();
  }
  const counted = [...tallies];
  return {
    ids: entries.map((entry) => entry.id),
    lengths,
    postings: new Map(counted.map(([term, tally]) => [term, tally.postings])),
    documentFrequency: new Map(counted.map(([term, tally]) => [term, tally.frequency])),
  };
}

/** The text of one field of an entry; lists are joined by lines. */
export function fieldText(entry: Entry, field: string): string {
  const value = entry[field as keyof Entry];
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}
