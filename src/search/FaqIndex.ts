import type { Options } from 'minisearch';
import type { Match, SearchResult } from '../api';
import type { Entry, LocaleFile } from '../data/format';
import { type Counted, countTerms } from './count';
import { CountedMiniSearch } from './engine';
import { type AnswerPiece, answersApart, type PackedCounts, type PrebuiltIndex, pack, unpack } from './prebuilt';
import { type Evidence, replyOf } from './reply';
import { withMissingLetter } from './missingLetter';
import { remembered, stemmer } from './stem';
import { stopWords } from './stopWords';
import { type Emit, type Evidence as Tells, scan } from './tokenize';

/** Longest question that is searched; the rest is ignored. */
export const MAX_QUESTION_LENGTH = 500;

// The visitor's question is compared with each field; the entry's own question is the best
// evidence, the long answer text the weakest.
const BOOST = { question: 3, alternates: 2, keywords: 2, answer: 1 };
/** The fields of an entry that are searched, in the order the index numbers them. */
export const FIELDS = Object.keys(BOOST);
const LATIN_WORD = /^\p{sc=Latin}+$/u;
// How much of its weight each kind of term counts for (tokenize.ts). A Korean ending
// counting half, rather than in full, kept "시장은 누구인가요?" (who is the mayor?) from
// looking answered by an entry that ends "기구인가요?"; the fit could then answer more
// Korean, Japanese and Chinese questions (ICLEI right ko 0.753 → 0.863, zh 0.859 →
// 0.958); a quarter did less.
const COUNTS: Record<Tells, number> = { strong: 1, weak: 1, half: 0.5, none: 0 };
// The length of a word the FAQ lacks that is looked up with a letter added (missingLetter.ts):
// fuzzy search reaches longer words. Four letters only: ICLEI test questions right 0.954 →
// 0.958 ("wher is iclei based"), and nothing else moved by more than 0.002; three letters
// put more off-topic questions in a list (held-out 0.054 → 0.071).
const MISSING_LETTER = 4;
// Scripts that the tokenizer searches by characters and their pairs (tokenize.ts).
const PAIRED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
// A word in more than a tenth of the entries, and in more than 500 of them, is common. A
// FAQ of a few hundred entries thus ranks with every word: dropping the word that most of
// its entries share ("coronavirus" in a COVID FAQ) left a short keyword question with
// little to rank by (StackFAQ top-1 0.731 → 0.737), and searching a word in 500 entries
// takes well under a millisecond.
const COMMON_SHARE = 0.1;
const COMMON_FLOOR = 500;

/** A candidate answer, with the terms of the question that it matched. */
export interface Explained extends Match {
  terms: string[];
  /** The engine's rank score, which orders the candidates. */
  rank: number;
  /** The share of the question's weight matched in the question, alternates or keywords. */
  titled: number;
}

/** A searchable FAQ of one locale. */
export interface FaqIndex {
  locale: string;
  search(question: string, limit?: number): SearchResult;
  /** The ranked candidates with the terms each matched: "why this answer" for editors. */
  explain(question: string, limit?: number): Explained[];
  /** What the search saw of the question and its first candidates, from which the reply is decided. */
  evidence(question: string, limit?: number): { matches: Explained[]; evidence: Evidence | null };
  /** Questions that contain every word typed so far, the last one maybe unfinished. */
  suggest(typed: string, limit?: number): { id: string; question: string }[];
}

/**
 * Indexes the entries of one locale, in slices that let the page breathe, or loads the
 * index prebuilt from the same entries.
 */
export async function createFaqIndex(entries: Entry[], locale: string, prebuilt?: PackedCounts): Promise<FaqIndex> {
  const each = analyzer(locale);
  const counted: Counted = prebuilt
    ? await unpack(
        prebuilt,
        entries.map((entry) => entry.id),
      )
    : await countTerms(entries, FIELDS, each);
  const { documentFrequency } = counted;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const engine = CountedMiniSearch.fromCounts(counted, engineOptions(documentFrequency));

  const idfOf = (df: number) => Math.log(1 + (entries.length - df + 0.5) / (df + 0.5));
  const idf = (term: string) => idfOf(documentFrequency.get(term) ?? 0);
  // What a term that no entry has weighs: the most a term can.
  const unknown = idfOf(0);

  const evidence = (question: string, limit = 10) => {
    const weights = new Map<string, number>();
    each(String(question).slice(0, MAX_QUESTION_LENGTH), (typed, tells) => {
      const term =
        typed.length === MISSING_LETTER && !documentFrequency.has(typed) && LATIN_WORD.test(typed)
          ? withMissingLetter(typed, documentFrequency)
          : typed;
      // A term that no entry has counts only when it tells the question is about something else.
      const counts = tells === 'strong' || documentFrequency.has(term) ? COUNTS[tells] : 0;
      weights.set(term, Math.max(weights.get(term) ?? 0, counts * idf(term)));
    });
    const queryTerms = [...weights.keys()];
    const weight = (term: string) => weights.get(term) ?? 0;
    const total = queryTerms.reduce((sum, term) => sum + weight(term), 0);
    if (total === 0) return { matches: [], evidence: null };
    // Confidence is the share of the question's weight that an entry matches: a question
    // whose rare words all occur in an entry is answered by it, one whose distinctive
    // words occur nowhere ("parking", "ticket") is not about this FAQ, however well its
    // common words match.
    // In a large FAQ, a word found in thousands of entries costs much time and tells little
    // about which entry is meant: it still counts in the confidence, but only rarer words
    // rank the entries.
    const common = Math.max(COMMON_FLOOR, entries.length * COMMON_SHARE);
    const ranking = queryTerms.filter((term) => (documentFrequency.get(term) ?? 0) <= common);
    const hits = engine.search((ranking.length ? ranking : queryTerms).join(' '));
    const matches = hits.slice(0, Math.max(2, limit)).map((hit): Explained => {
      const { id, question, answer } = byId.get(hit.id as string)!;
      const score = round(hit.queryTerms.reduce((sum, term) => sum + weight(term), 0) / total);
      // `match` maps each term of the entry that matched, maybe a typo's neighbour rather
      // than the question's own word, to the fields it matched in.
      const matched = Object.values(hit.match);
      const titled = matched.filter((fields) => fields.some((field) => field !== 'answer')).length / matched.length;
      return { id, question, answer, score, terms: hit.queryTerms, rank: hit.score, titled: round(score * titled) };
    });
    const [first, second] = matches;
    // The terms that some entry of the FAQ has, maybe through a typo's neighbour.
    const known = new Set(hits.flatMap((hit) => hit.queryTerms));
    return {
      matches: matches.slice(0, Math.max(1, limit)),
      evidence: first && {
        cover: first.score,
        titled: first.titled,
        margin: second ? 1 - second.rank / first.rank : 1,
        contested: second ? second.titled : 0,
        known: round([...known].reduce((sum, term) => sum + weight(term), 0) / total),
        matched: thousandths(first.terms.reduce((sum, term) => sum + weight(term), 0) / unknown),
        paired: PAIRED.test(question),
      },
    };
  };
  const explain = (question: string, limit?: number) => evidence(question, limit).matches;

  return {
    locale,
    explain,
    evidence,
    suggest(typed, limit = 5) {
      const typedTerms: string[] = [];
      each(typed.slice(0, MAX_QUESTION_LENGTH), (term) => typedTerms.push(term));
      if (typedTerms.join('').length < 2) return [];
      return engine
        .search(typedTerms.join(' '), {
          fields: ['question', 'alternates'],
          combineWith: 'AND',
          prefix: (term, index, all) => index === all.length - 1 && LATIN_WORD.test(term),
        })
        .slice(0, limit)
        .map((hit) => {
          const { id, question } = byId.get(hit.id as string)!;
          return { id, question };
        });
    },
    search(question, limit) {
      const seen = evidence(question, limit);
      const matches = seen.matches.map(({ id, question, answer, score }) => ({ id, question, answer, score }));
      const reply = replyOf(seen.evidence);
      return { locale, reply, best: reply === 'answer' ? matches[0] : null, matches };
    },
  };
}

/**
 * The options of the engine over a FAQ whose terms occur in `documentFrequency` entries
 * each. Questions reach the engine as terms already, joined by spaces.
 */
export function engineOptions(documentFrequency: ReadonlyMap<string, number>): Options<Entry> {
  return {
    fields: FIELDS,
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    searchOptions: {
      boost: BOOST,
      // A typo costs one edit in a word of five letters or more, two from eight; shorter
      // words and CJK terms must match exactly, or everything would match everything. A
      // word the FAQ has is no typo: looking for its neighbours would only cost time.
      fuzzy: (term) => !documentFrequency.has(term) && LATIN_WORD.test(term) && term.length >= 5 && (term.length >= 8 ? 2 : 1),
    },
  };
}

/** The terms of a locale's entries, counted as the index counts them: what `npm run faq:build` writes. */
export function countEntries(entries: Entry[], locale: string): Promise<Counted> {
  return countTerms(entries, FIELDS, analyzer(locale));
}

/**
 * What `npm run faq:build` writes for a locale file: its index, and the pieces of its
 * answers by their file names, `<locale>.answers-<n>.json`.
 */
export async function prebuild(file: LocaleFile, locale: string): Promise<{ index: PrebuiltIndex; pieces: Map<string, AnswerPiece> }> {
  return answersApart(pack(await countEntries(file.entries, locale)), file, (piece) => `${locale}.answers-${piece}.json`);
}

/**
 * The terms of a text in a locale, as the index keeps them. Stop words go before stemming,
 * which would make some of them look like other words.
 */
export function analyzer(locale: string): (text: string, emit: Emit) => void {
  const stop = stopWords(locale);
  const stem = remembered(stemmer(locale));
  return (text, emit) => scan(text, (term, evidence) => stop.has(term) || emit(stem(term), evidence));
}

const thousandths = (value: number) => Math.round(value * 1000) / 1000;
// A share, to a thousandth.
const round = (value: number) => thousandths(Math.min(1, value));
