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
}

/**
 * The weights of the evidence beside `cover`'s, the cut on their sum, the share of the
 * question an answer must match at least, and the share below which nothing is offered.
 */
export interface ReplyModel {
  cover: number;
  titled: number;
  margin: number;
  short: number;
  answer: number;
  shortlist: number;
}

// Written by `npm run calibrate`.
export const REPLY_MODEL: ReplyModel = { cover: 0.3, titled: 3, margin: 0.75, short: 0, answer: 1.9, shortlist: 0.257 };

/**
 * How sure the search is that the first entry answers the question: a sum of the evidence,
 * each weighed by the model. A one-word question says least about which entry is meant.
 */
export function confidence(evidence: Evidence, model: ReplyModel = REPLY_MODEL): number {
  return (
    evidence.cover +
    model.titled * evidence.titled +
    model.margin * evidence.margin +
    model.short / Math.max(1, evidence.words)
  );
}

/**
 * Answer when sure enough; else offer the nearest entries when enough of the question is
 * matched to be about this FAQ at all; else none, rather than a list of unrelated entries.
 */
export function replyOf(evidence: Evidence | null, model: ReplyModel = REPLY_MODEL): 'answer' | 'shortlist' | 'none' {
  if (!evidence) return 'none';
  if (evidence.cover >= model.cover && confidence(evidence, model) >= model.answer) return 'answer';
  return evidence.cover >= model.shortlist ? 'shortlist' : 'none';
}
