// The public surface of the widget (README, "JavaScript API" and "Embedding"). Everything a
// host page can rely on is declared here, once.

/** One FAQ entry that answers a question. */
export interface Match {
  /** The entry's id, the same in every locale. */
  id: string;
  /** The entry's question, in the locale that answered. */
  question: string;
  /**
   * The entry's raw answer text (Markdown subset). Where the FAQ's answers come apart from
   * its index (README, "Large FAQs"), `ask` and the `question` event carry only the answer
   * the chat shows, the first match's, and the others are empty; `search` gives them all.
   */
  answer: string;
  /** Confidence in [0, 1]; comparable across queries, locales and FAQ sizes. */
  score: number;
}

/** What a question found. */
export interface SearchResult {
  /** The locale whose entries answered. */
  locale: string;
  /**
   * What the chat does with the question: `answer` with `best`; `shortlist`, offering the
   * first matches as choices; `none`, saying that it does not know.
   */
  reply: 'answer' | 'shortlist' | 'none';
  /** The entry the chat answers with; null unless `reply` is `answer`. */
  best: Match | null;
  /** Ranked candidates, best first; when `best` is set, `matches[0]` is `best`. */
  matches: Match[];
}

/** Options of {@link FaqChat.search}. */
export interface SearchOptions {
  /** Locale to search in; loaded if needed. Default: the current locale. */
  locale?: string;
  /** Most candidates to return. Default: 10. */
  limit?: number;
}

/** The detail each event carries. */
export interface FaqChatEventDetail {
  ready: { locale: string };
  open: Record<string, never>;
  close: Record<string, never>;
  question: { question: string; locale: string; result: SearchResult };
  unanswered: { question: string; locale: string };
  feedback: { entryId: string; helpful: boolean; locale: string };
  locale: { locale: string; previous: string };
  error: { message: string; url?: string };
}

/** Names of the events a page can listen to with {@link FaqChat.on}. */
export type FaqChatEvent = keyof FaqChatEventDetail;

/**
 * How a page sets a widget up: the script tag's data-* attributes, or `window.FaqChatConfig`
 * where a tag manager injects the script.
 */
export interface FaqChatOptions {
  /** URL of a faq-data folder, resolved against the page (`data-faq-src`). Default: `faq-data/` beside the script. */
  src?: string;
  /** Locale to start in (`data-locale`). Default: from `<html lang>` and the browser's languages. */
  locale?: string;
  /** Start with the panel open (`data-open="true"`). Default: false. */
  open?: boolean;
  /** Corner of the launcher and panel (`data-position`). Default: `right`. */
  position?: 'right' | 'left';
  /** Accent colour, any CSS colour (`data-accent`). Default: the widget's green. */
  accent?: string;
  /** Colour scheme (`data-theme`). Default: `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Panel title (`data-title`). Default: the FAQ file's `title`. */
  title?: string;
  /** Show the launcher button (`data-launcher="none"` hides it). Default: true. */
  launcher?: boolean;
  /** Keep the conversation in this tab's sessionStorage (`data-persist`). Default: `session`. */
  persist?: 'session' | 'none';
  /** URL of the site's own contact page (`data-contact`). Default: the FAQ file's `contact`. */
  contact?: string;
  /** Entry ids suggested on this page (`data-suggestions="id,id"`). Default: the FAQ file's. */
  suggestions?: string[];
}

/** `window.FaqChat`. */
export interface FaqChat {
  /** The widget's version. */
  version: string;
  /**
   * Settles once the first locale is loaded and indexed, or has failed after its fallbacks,
   * and within 30 s of loading starting. Never rejects. Reading it starts loading.
   */
  readonly ready: Promise<void>;
  /** Opens the chat panel. */
  open(): void;
  /** Closes the chat panel and returns focus to the launcher. */
  close(): void;
  /** Opens the panel when closed, closes it when open. */
  toggle(): void;
  /** Asks as if the visitor typed the question: it shows in the chat. Never rejects. */
  ask(question: string): Promise<SearchResult>;
  /** Searches without changing the UI; loads the locale if needed. Never rejects. */
  search(question: string, options?: SearchOptions): Promise<SearchResult>;
  /** Switches the UI and answers to a locale of the manifest; an unknown one changes nothing and emits `error`. */
  setLocale(locale: string): Promise<void>;
  /** Opens the panel on an entry's answer, as a deep link does; false for an unknown id. */
  show(id: string): Promise<boolean>;
  /** Sets the questions suggested on this page, by entry id. */
  setSuggestions(ids: string[]): void;
  /** Listens to an event. */
  on<E extends FaqChatEvent>(event: E, handler: (detail: FaqChatEventDetail[E]) => void): void;
  /** Stops listening to an event. */
  off<E extends FaqChatEvent>(event: E, handler: (detail: FaqChatEventDetail[E]) => void): void;
  /** Removes the widget, its listeners and `window.FaqChat`. */
  destroy(): void;
}
