// Which kind of reply the chat gives: an answer, a shortlist of the nearest entries to
// choose from, or none. It is decided from what the search saw of the question and of the
// entries it matched, weighed by numbers that `npm run calibrate` fits on public data
// (StackFAQ, the ICLEI test questions, both also cut to their rarest words, each FAQ's
// questions asked of the other, and everyday questions about city services), so that they
// can be refitted rather than tuned by hand (README, "How the chat decides what to show").

/** What a search saw of the question and its best entries. */
export interface Evidence {
  /** Share of the question's weight that the first entry matches (its `score`). */
  cover: number;
  /** Share of the question's weight that the first entry matches in its question, alternates or keywords. */
  titled: number;
  /** How far the first entry's rank is ahead of the second's: 1 - second / first. */
  margin: number;
  /**
   * Share of the question's weight that the second entry matches in its question,
   * alternates or keywords: how well another entry could be the one meant.
   */
  contested: number;
  /** Share of the question's weight that any entry of the FAQ matches: how far the question is about this FAQ at all. */
  known: number;
  /**
   * The weight that the first entry matches, in terms that no entry has (the heaviest): what
   * it matches however long the question, where `cover` is a share of it.
   */
  matched: number;
  /** The question is written in characters searched by pairs (Chinese, Japanese, Korean). */
  paired: boolean;
}

/** The cuts on the evidence for one kind of question. */
export interface Cuts {
  /** The confidence an answer needs. */
  answer: number;
  /** The weight against the confidence of what the second entry matches (`Evidence.contested`). */
  rival: number;
  /** The share of the question below which the first entry is not offered, unless it matches `matched`. */
  shortlist: number;
  /** The weight (`Evidence.matched`) at which the first entry is offered, whatever share of the question it is. */
  matched: number;
  /** The share of the question the FAQ must know at all for anything to be offered. */
  known: number;
}

/** The numbers that decide the reply. */
export interface ReplyModel {
  /** The share of the question an answer must match at least. */
  least: number;
  /** The lead over the second entry that an answer must exceed: a tie is no answer. */
  apart: number;
  /** The weight of the lead times `cover` in the confidence (`titled` weighs 1). */
  lead: number;
  /** The cuts for a question of words. */
  words: Cuts;
  /**
   * The cuts for a question searched by pairs of characters (Chinese, Japanese, Korean): a
   * pair or a single character is met by chance far more often than a word, so the same
   * share of the question is weaker evidence.
   */
  paired: Cuts;
}

// Written by `npm run calibrate`.
export const REPLY_MODEL: ReplyModel = {
  least: 0.4,
  apart: 0,
  lead: 0.75,
  words: { answer: 0.513, rival: 0.5, shortlist: 0.25, matched: 0.75, known: 0.5 },
  paired: { answer: 0.692, rival: 0, shortlist: 0.4, matched: 2, known: 0.5 },
};

/**
 * How sure the search is that the first entry answers the question: the share of the
 * question that the entry's own question, alternates and keywords match (what only its
 * answer text matches says little), and its lead over the second entry, which counts in
 * proportion to the share matched: an entry far ahead on a word or two of a long question
 * is no sure answer. What the second entry matches in its own question, alternates and
 * keywords counts against it: the rank's lead weighs answer text too, and two entries
 * that both name what was asked are a choice to offer, not an answer.
 */
export function confidence(evidence: Evidence, model: ReplyModel = REPLY_MODEL): number {
  const { rival } = evidence.paired ? model.paired : model.words;
  return evidence.titled + model.lead * evidence.margin * evidence.cover - rival * evidence.contested;
}

/**
 * Answer when sure enough; else offer the nearest entries when the question is about this
 * FAQ and its first entry matches enough of it, or enough in all (a long question may
 * share only a few rare words with the entry it means); else none, rather than a list of unrelated
 * entries. A question whose own words the FAQ does not know is about something else,
 * however many common words it shares: "how do I pay a parking ticket" shares "how" and
 * "pay" with many FAQs, and "parking" and "ticket" with none.
 */
export function replyOf(evidence: Evidence | null, model: ReplyModel = REPLY_MODEL): 'answer' | 'shortlist' | 'none' {
  if (!evidence) return 'none';
  if (answers(evidence, model)) return 'answer';
  return offers(evidence, model) ? 'shortlist' : 'none';
}

/** Whether the evidence is enough to answer with the first entry. */
export function answers(evidence: Evidence, model: ReplyModel = REPLY_MODEL): boolean {
  const { answer } = evidence.paired ? model.paired : model.words;
  return evidence.cover >= model.least && evidence.margin > model.apart && confidence(evidence, model) >= answer;
}

/** Whether the evidence is enough to offer the nearest entries as choices. */
export function offers(evidence: Evidence, model: ReplyModel = REPLY_MODEL): boolean {
  const { shortlist, matched, known } = evidence.paired ? model.paired : model.words;
  return (evidence.cover >= shortlist || evidence.matched >= matched) && evidence.known >= known;
}
