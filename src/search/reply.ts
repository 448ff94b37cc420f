// Which kind of reply the chat gives: an answer, a shortlist of the nearest entries to
// choose from, or none. It is decided from what the search saw of the question and of the
// entries it matched, weighed by numbers that `npm run calibrate` fits on public data
// (StackFAQ, the ICLEI test questions, and each FAQ's questions asked of the other), so
// that they can be refitted rather than tuned by hand.

/** What a search saw of the question and its best entries. */
export interface Evidence {
  /** Share of the question's weight that the first entry matches (its `score`). */
  cover: number;
  /** Share of the question's weight that the first entry matches in its question, alternates or keywords. */
  titled: number;
  /** How far the first entry's rank is ahead of the second's: 1 - second / first. */
  margin: number;
  /** Number of words of the question that count. */
  words: number;
  /** Number of them that the first entry matches. */
  matched: number;
}

/** The numbers that decide the reply. */
export interface ReplyModel {
  /** The share of the question an answer must match at least. */
  least: number;
  /** The lead over the second entry that an answer must exceed: a tie is no answer. */
  apart: number;
  /** The weight of the lead times `cover` in the confidence (`titled` weighs 1). */
  lead: number;
  /** The confidence an answer needs. */
  answer: number;
  /** The share of the question below which nothing is offered. */
  shortlist: number;
}

// Written by `npm run calibrate`.
export const REPLY_MODEL: ReplyModel = { least: 0.4, apart: 0, lead: 0.75, answer: 0.518, shortlist: 0.21 };

/**
 * How sure the search is that the first entry answers the question: the share of the
 * question that the entry's own question, alternates and keywords match (what only its
 * answer text matches says little), and its lead over the second entry, which counts in
 * proportion to the share matched: an entry far ahead on a word or two of a long question
 * is no sure answer. (The share matched, as a third term, was fitted a weight of 0.)
 */
export function confidence(evidence: Evidence, model: ReplyModel = REPLY_MODEL): number {
  return evidence.titled + model.lead * evidence.margin * evidence.cover;
}

/**
 * Answer when sure enough; else offer the nearest entries when enough of the question is
 * matched to be about this FAQ at all; else none, rather than a list of unrelated entries.
 * One word in common, out of several, is no evidence of that: "how do I pay a parking
 * ticket" shares "pay" with many FAQs.
 */
export function replyOf(evidence: Evidence | null, model: ReplyModel = REPLY_MODEL): 'answer' | 'shortlist' | 'none' {
  if (!evidence) return 'none';
  if (answers(evidence, model)) return 'answer';
  return offers(evidence, model) ? 'shortlist' : 'none';
}

/** Whether the evidence is enough to answer with the first entry. */
export function answers(evidence: Evidence, model: ReplyModel = REPLY_MODEL): boolean {
  return evidence.cover >= model.least && evidence.margin > model.apart && confidence(evidence, model) >= model.answer;
}

/** Whether the evidence is enough to offer the nearest entries as choices. */
export function offers(evidence: Evidence, model: ReplyModel = REPLY_MODEL): boolean {
  return evidence.cover >= model.shortlist && (evidence.matched >= 2 || evidence.matched >= evidence.words);
}
