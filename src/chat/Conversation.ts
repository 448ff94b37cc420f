import { signal } from '@preact/signals';
import { type History, MAX_MESSAGES } from './history';
import type { Message } from './messages';

/** A message as it is added: the conversation gives it its key. */
type NewMessage = Message extends infer M ? (M extends Message ? Omit<M, 'key'> : never) : never;

/**
 * The conversation with the visitor, and what the tab keeps of it from page to page
 * (history.ts): its messages, whether the panel is open, and the language the visitor chose.
 */
export class Conversation {
  readonly messages = signal<Message[]>([]);
  readonly isOpen = signal(false);
  /** The conversation just cleared, which the visitor may bring back until they ask again. */
  readonly cleared = signal<Message[] | null>(null);
  /** The locale the visitor chose in the panel; it wins over the page's for the rest of the visit. */
  chosenLocale: string | undefined;

  #nextKey: number;
  #saving = false;
  readonly #history: History;

  constructor(history: History) {
    this.#history = history;
    const stored = history.load();
    this.messages.value = stored.messages;
    this.isOpen.value = stored.open;
    this.chosenLocale = stored.locale;
    this.#nextKey = Math.max(0, ...stored.messages.map((message) => message.key)) + 1;
  }

  /** The visitor did something with the widget: from now on, the conversation may be stored. */
  allowStoring(): void {
    this.#history.allow();
    this.#save();
  }

  setOpen(open: boolean): void {
    this.isOpen.value = open;
    this.#save();
  }

  /** The visitor picked a language in the panel. */
  choose(locale: string): void {
    this.chosenLocale = locale;
    this.#save();
  }

  add(message: NewMessage): void {
    this.cleared.value = null;
    this.messages.value = [...this.messages.value, { ...message, key: this.#nextKey++ } as Message].slice(-MAX_MESSAGES);
    this.#save();
  }

  replace(message: Message): void {
    this.messages.value = this.messages.value.map((candidate) => (candidate.key === message.key ? message : candidate));
    this.#save();
  }

  remove(message: Message): void {
    this.messages.value = this.messages.value.filter((candidate) => candidate !== message);
    this.#save();
  }

  /** Empties the conversation, here and in storage; `undoable` keeps it for undoClear(). */
  clear(undoable: boolean): void {
    this.cleared.value = undoable && this.messages.value.length > 0 ? this.messages.value : null;
    this.messages.value = [];
    this.#save();
  }

  /** Brings back the conversation just cleared. */
  undoClear(): void {
    const cleared = this.cleared.value;
    if (!cleared) return;
    this.cleared.value = null;
    this.messages.value = cleared;
    this.#save();
  }

  /** How many questions in a row, the last ones, went unanswered. */
  unansweredInARow(): number {
    let count = 0;
    for (const message of [...this.messages.value].reverse()) {
      if (message.kind === 'answer') break;
      if (message.kind === 'fallback') count++;
    }
    return count;
  }

  // One write for all the changes of one task: a question asked by a press changes the
  // conversation two or three times in a row, and each write serializes all of it.
  #save(): void {
    if (this.#saving) return;
    this.#saving = true;
    queueMicrotask(() => {
      this.#saving = false;
      this.#history.save({
        messages: this.messages.value,
        open: this.isOpen.value,
        ...(this.chosenLocale && { locale: this.chosenLocale }),
      });
    });
  }
}
