import type { AnsweredEntry, Message } from './messages';

/** Most messages kept in the log and in storage; older ones are dropped first. */
export const MAX_MESSAGES = 60;

/** What a tab keeps of a conversation between pages of a site. */
export interface Stored {
  messages: Message[];
  /** Whether the panel was open: the next page opens it again. */
  open: boolean;
  /** The locale the visitor chose in the panel, which wins over the page's for the rest of the visit. */
  locale?: string;
}

// The sessionStorage keys of the conversation with one faq-data folder, and of whether its
// panel was open. The second is apart, so that the loader, which reads it on every page
// view, reads one character rather than the whole conversation.
const storageKey = (dataUrl: string) => `faq-chat:${dataUrl}`;
const openKey = (dataUrl: string) => `faq-chat:open:${dataUrl}`;
const OPEN = '1';

/**
 * Whether the conversation stored for a data URL had its panel open: the loader reads this
 * alone, to bring the rest of the widget in at once when the visitor comes back to it.
 */
export function storedOpen(dataUrl: string): boolean {
  try {
    return sessionStorage.getItem(openKey(dataUrl)) === OPEN;
  } catch {
    return false;
  }
}

/**
 * The conversation in this tab's sessionStorage, under a key per data URL, so that it
 * follows the visitor from page to page of a site. Storage that is blocked (privacy
 * modes, sandboxed frames) or full is simply not used.
 */
export class History {
  readonly #dataUrl: string;
  readonly #enabled: boolean;
  #allowed = false;

  constructor(dataUrl: string, enabled: boolean) {
    this.#dataUrl = dataUrl;
    this.#enabled = enabled;
  }

  /**
   * The stored conversation, or an empty one. Reading stores nothing, but a conversation
   * found in storage was stored after the visitor's own action, so saving is allowed again.
   */
  load(): Stored {
    const empty: Stored = { messages: [], open: false };
    if (!this.#enabled) return empty;
    try {
      const saved: unknown = JSON.parse(sessionStorage.getItem(storageKey(this.#dataUrl)) ?? 'null');
      if (typeof saved !== 'object' || saved === null) return empty;
      this.#allowed = true;
      const { messages, locale } = saved as Record<string, unknown>;
      return {
        messages: Array.isArray(messages) ? messages.filter(isMessage).slice(-MAX_MESSAGES) : [],
        open: storedOpen(this.#dataUrl),
        ...(typeof locale === 'string' && { locale }),
      };
    } catch {
      return empty;
    }
  }

  /** From now on, `save` writes: the visitor has done something with the widget. */
  allow(): void {
    this.#allowed = true;
  }

  save(stored: Stored): void {
    if (!this.#enabled || !this.#allowed) return;
    try {
      const { messages, open, locale } = stored;
      const kept = { messages: messages.slice(-MAX_MESSAGES), ...(locale !== undefined && { locale }) };
      sessionStorage.setItem(storageKey(this.#dataUrl), JSON.stringify(kept, listsAsLists));
      if (open) sessionStorage.setItem(openKey(this.#dataUrl), OPEN);
      else sessionStorage.removeItem(openKey(this.#dataUrl));
    } catch {
      // Blocked or full: the conversation just lives as long as the page.
    }
  }
}

// A page's Array.prototype.toJSON (old Prototype.js) turns every list into a string as JSON
// is written; JSON asks toJSON before the replacer, which then hands it the list itself.
function listsAsLists(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return Array.isArray(this[key]) ? this[key] : value;
}

// Storage belongs to the page's origin, so what comes back is checked as strictly as data
// from the network, and capped as live messages are, before it is shown.
const MAX_TEXT = 20_000;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isQuestionList = (value: unknown) =>
  Array.isArray(value) && value.length <= 20 && value.every((item) => isText(item?.id) && isText(item?.question));

// biome-ignore lint/suspicious/noExplicitAny: what storage holds is of no known shape until checked here
function isMessage(value: any): value is Message {
  if (!Number.isSafeInteger(value?.key) || value.key < 0 || value.key > 1e9) return false;
  if (value.kind === 'question') return isText(value.text);
  if (value.kind === 'unavailable') return isText(value.question);
  if (value.kind === 'fallback') return isText(value.locale);
  if (value.kind === 'smallTalk') return isText(value.locale) && ['greeting', 'asking', 'thanks', 'goodbye'].includes(value.said);
  if (value.kind === 'notHelpful') return Number.isSafeInteger(value.about) && isText(value.locale) && isQuestionList(value.related);
  if (value.kind === 'shortlist') return isText(value.locale) && isQuestionList(value.choices) && isEntry(value.first);
  return value.kind === 'answer' && isText(value.locale) && isEntry(value.entry);
}

// biome-ignore lint/suspicious/noExplicitAny: what storage holds is of no known shape until checked here
function isEntry(entry: any): entry is AnsweredEntry {
  return (
    isText(entry?.id) &&
    isText(entry.question) &&
    isText(entry.answer) &&
    (entry.url === undefined || isText(entry.url)) &&
    (entry.lang === undefined || isText(entry.lang)) &&
    (entry.translated === undefined || entry.translated === true) &&
    isQuestionList(entry.related)
  );
}
