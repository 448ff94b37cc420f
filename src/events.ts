import type { FaqChatEvent, FaqChatEventDetail } from './api';

// Each event's handler takes its own detail; the map of all of them holds handlers of any.
// biome-ignore lint/suspicious/noExplicitAny: the detail's type is checked where on() is called
type Handler = (detail: any) => void;

/** The page's listeners of one widget. A throwing listener never stops the others, nor us. */
export class Emitter {
  readonly #handlers = new Map<FaqChatEvent, Set<Handler>>();

  on(event: FaqChatEvent, handler: Handler): void {
    if (typeof handler !== 'function') return;
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event)!.add(handler);
  }

  off(event: FaqChatEvent, handler: Handler): void {
    this.#handlers.get(event)?.delete(handler);
  }

  emit<E extends FaqChatEvent>(event: E, detail: FaqChatEventDetail[E]): void {
    for (const handler of [...(this.#handlers.get(event) ?? [])]) {
      try {
        handler(detail);
      } catch (error) {
        // The page's bug, not ours: report it without breaking the widget.
        console.error(error);
      }
    }
  }

  clear(): void {
    this.#handlers.clear();
  }
}
