import type { Message } from './messages';

/** Most messages kept in the log and in storage; older ones are dropped first. */
export const MAX_MESSAGES = 60;

/**
 * The conversation in this tab's sessionStorage, under a key per data URL, so that it
 * follows the visitor from page to page of a site. Storage that is blocked (privacy
 * modes, sandboxed frames) or full is simply not used.
 */
export class History {
  readonly #key: string;
  readonly #enabled: boolean;
  #allowed = false;

  constructor(dataUrl: string, enabled: boolean) {
    this.#key = `faq-chat:${dataUrl}`;
    this.#enabled = enabled;
  }

  /** The stored conversation, or nothing. Reading stores nothing. */
  load(): Message[] {
    if (!this.#enabled) return [];
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.#key) ?? '[]');
      return Array.isArray(saved) ? saved.filter(isMessage).slice(-MAX_MESSAGES) : [];
    } catch {
      return [];
    }
  }

  /** From now on, `save` writes: the visitor has done something with the widget. */
  allow(): void {
    this.#allowed = true;
  }

  save(messages: Message[]): void {
    if (!this.#enabled || !this.#allowed) return;
    try {
      sessionStorage.setItem(this.#key, JSON.stringify(messages.slice(-MAX_MESSAGES)));
    } catch {
      // Blocked or full: the conversation just lives as long as the page.
    }
  }
}

// Storage belongs to the page's origin, so what comes back is checked before it is shown.
function isMessage(value: any): value is Message {
  if (typeof value?.key !== 'number') return false;
  if (value.kind === 'question') return typeof value.text === 'string';
  if (value.kind === 'fallback') return typeof value.locale === 'string' && Array.isArray(value.nearest);
  const entry = value.entry;
  return (
    value.kind === 'answer' &&
    typeof entry?.id === 'string' &&
    typeof entry.question === 'string' &&
    typeof entry.answer === 'string' &&
    Array.isArray(entry.related)
  );
}
