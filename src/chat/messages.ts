// What the conversation log holds. Messages are plain data, so that they can be stored
// and restored as they are.

import type { SmallTalk } from '../search/smallTalk';

/** An entry as it was answered, with what its card shows. */
export interface AnsweredEntry {
  id: string;
  question: string;
  answer: string;
  url?: string;
  related: { id: string; question: string }[];
  /**
   * The language of its words, where it is not the message's: the default locale's, for an
   * entry not yet translated, or for a question asked in that language.
   */
  lang?: string;
  /** In `lang` though translated: the visitor asked in that language. */
  translated?: true;
}

export type Message = { key: number } & (
  | { kind: 'question'; text: string }
  | { kind: 'answer'; locale: string; entry: AnsweredEntry; helpful?: boolean }
  | {
      kind: 'fallback';
      locale: string;
      contact?: { label: string; url: string };
      /** Several questions in a row went unanswered: offer a person prominently. */
      escalate: boolean;
    }
  /** Two or three entries may answer: the visitor chooses; the first one's answer is at hand. */
  | { kind: 'shortlist'; locale: string; choices: { id: string; question: string }[]; first: AnsweredEntry }
  /** After a thumbs down on the answer `about`: other ways to an answer. */
  | {
      kind: 'notHelpful';
      about: number;
      locale: string;
      related: { id: string; question: string }[];
      contact?: { label: string; url: string };
    }
  /** A greeting, an opener ("I have a question"), thanks or a goodbye, replied to in kind. */
  | { kind: 'smallTalk'; locale: string; said: SmallTalk }
  /** The data could not be loaded: the question waits for a retry. */
  | { kind: 'unavailable'; question: string }
);
