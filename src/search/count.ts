import type { Entry } from '../data/types';
import { slicer } from './yieldToPage';

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

/** Counts the terms of each field of the entries, in slices that let the page breathe. */
export async function countTerms(entries: Entry[], fields: string[], terms: Terms): Promise<Counted> {
  const counted: Counted = { ids: [], lengths: [], postings: new Map(), documentFrequency: new Map() };
  const { postings, documentFrequency } = counted;
  // The last entry each term was seen in, so that each entry counts once in its frequency.
  const seenIn = new Map<string, number>();
  const inField = new Map<string, number>();
  const pause = slicer();
  for (const [entry, item] of entries.entries()) {
    counted.ids.push(item.id);
    counted.lengths.push(
      fields.map((field, fieldId) => {
        inField.clear();
        terms(fieldText(item, field), (term) => inField.set(term, (inField.get(term) ?? 0) + 1));
        for (const [term, count] of inField) {
          const byField = postings.get(term) ?? postings.set(term, new Map()).get(term)!;
          (byField.get(fieldId) ?? byField.set(fieldId, new Map()).get(fieldId)!).set(entry, count);
          if (seenIn.get(term) !== entry) {
            seenIn.set(term, entry);
            documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
          }
        }
        return inField.size;
      }),
    );
    await pause();
  }
  return counted;
}

/** The text of one field of an entry; lists are joined by lines. */
export function fieldText(entry: Entry, field: string): string {
  const value = entry[field as keyof Entry];
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}
