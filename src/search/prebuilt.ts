import type { LocaleFile } from '../data/format';
import type { Counted } from './count';
import { slicer } from '../shared/yieldToPage';

/** The version of the prebuilt index format that this widget reads and writes. */
// 4: English stems changed (Snowball); an index counted with the old ones would not match.
// 5: the index holds the locale file, its answers apart in pieces.
// 6: French and Portuguese stems changed (long endings only from R2).
// 7: each piece of answers names the entries it answers.
export const INDEX_VERSION = 7;

/** The counted terms of a FAQ, packed as an index file holds them. */
export interface PackedCounts {
  version: typeof INDEX_VERSION;
  /** The id of each entry, in the order of the locale file. */
  ids: string[];
  /** For each entry, the number of distinct terms in each field. */
  lengths: number[][];
  /**
   * One pair per term: the term, and a string of numbers. The numbers are the count of
   * entries that have the term, then for each field that has it: the field, the count of
   * its entries, and for each entry its distance from the one before and the occurrences.
   * Each number is written in base 32, one character per digit, the last digit from
   * another range of characters than the others. Such strings parse in a fifth of the
   * time that as many JSON numbers take, and take half the room.
   */
  postings: [string, string][];
}

/** An index built ahead of time by `npm run faq:build`, as its file holds it. */
export interface PrebuiltIndex extends PackedCounts {
  /**
   * The locale file itself, its entries without their answers: the widget serves the
   * locale from this file alone, and fetches an answer's piece when it shows the answer.
   */
  file: unknown;
  /** The pieces of answers: entry number `n` has its answer in `files[⌊n / per⌋]`. */
  answers: AnswerPieces;
}

/** Where the answers that an index holds apart are. */
export interface AnswerPieces {
  /** How many answers each piece holds, the last one maybe fewer. */
  per: number;
  /** The pieces' file names, beside the index. */
  files: string[];
}

/** One piece of answers, as its file holds it. */
export interface AnswerPiece {
  /** The ids of the entries whose answers these are: a piece of another build is refused. */
  ids: string[];
  answers: string[];
}

// A piece is about this large: a visitor's answer and shortlist fetch a few of them, and a
// FAQ of 10,000 entries (6.4 MB) has about two hundred.
const PIECE_BYTES = 32 * 1024;

/**
 * A prebuilt index that holds the locale file without its answers, and the pieces of
 * answers beside it, each named by `name(number)`: what `npm run faq:build` writes.
 */
export function answersApart(
  index: PackedCounts,
  file: LocaleFile,
  name: (piece: number) => string,
): { index: PrebuiltIndex; pieces: Map<string, AnswerPiece> } {
  const answers = file.entries.map((entry) => entry.answer);
  const average = answers.reduce((sum, answer) => sum + answer.length, 0) / Math.max(1, answers.length);
  const per = Math.max(1, Math.round(PIECE_BYTES / Math.max(1, average)));
  const pieces = new Map<string, AnswerPiece>();
  for (let start = 0; start < answers.length; start += per) {
    const ids = file.entries.slice(start, start + per).map((entry) => entry.id);
    pieces.set(name(pieces.size), { ids, answers: answers.slice(start, start + per) });
  }
  const entries = file.entries.map(({ answer, ...rest }) => rest);
  return { index: { ...index, file: { ...file, entries }, answers: { per, files: [...pieces.keys()] } }, pieces };
}

/** The counted terms as `npm run faq:build` writes them. */
export function pack({ ids, lengths, postings, documentFrequency }: Counted): PackedCounts {
  const rows = [...postings].map(([term, byField]): [string, string] => {
    let codes = digits(documentFrequency.get(term)!);
    for (const [field, byEntry] of byField) {
      codes += digits(field) + digits(byEntry.size);
      let previous = 0;
      for (const [entry, count] of byEntry) {
        codes += digits(entry - previous) + digits(count);
        previous = entry;
      }
    }
    return [term, codes];
  });
  return { version: INDEX_VERSION, ids, lengths, postings: rows };
}

// Characters from "@" on are digits that more follow; from "`" on, the last digit.
function digits(number: number): string {
  let codes = String.fromCharCode(96 + (number % 32));
  while ((number = Math.floor(number / 32))) codes = String.fromCharCode(64 + (number % 32)) + codes;
  return codes;
}

/**
 * The counted terms of a prebuilt index, read in slices; rejects when the index was not
 * built from entries with these ids.
 */
export async function unpack({ ids, lengths, postings }: PackedCounts, entryIds: string[]): Promise<Counted> {
  if (JSON.stringify(ids) !== JSON.stringify(entryIds) || lengths.length !== ids.length) {
    throw new Error('The prebuilt index is not of these entries.');
  }
  const counted: Counted = { ids, lengths, postings: new Map(), documentFrequency: new Map() };
  const pause = slicer();
  for (const [term, codes] of postings) {
    let at = 0;
    const next = () => {
      let number = 0;
      let code: number;
      do number = number * 32 + ((code = codes.charCodeAt(at++)) & 31);
      while (code < 96);
      return number;
    };
    const byField = new Map<number, Map<number, number>>();
    counted.documentFrequency.set(term, next());
    counted.postings.set(term, byField);
    while (at < codes.length) {
      const byEntry = new Map<number, number>();
      byField.set(next(), byEntry);
      // Every number takes a character at least: a damaged count cannot run on for ever.
      for (let left = next(), entry = 0; left-- && at < codes.length; ) byEntry.set((entry += next()), next());
    }
    if (at > codes.length) throw new Error('The prebuilt index is damaged.');
    await pause();
  }
  return counted;
}
