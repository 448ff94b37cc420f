import { batch, computed, signal } from '@preact/signals';
import type { i18n as I18n } from 'i18next';
import type { SearchOptions, SearchResult } from '../api';
import { FaqDataError } from '../data/FaqDataError';
import { own } from '../data/own';
import type { FaqData, LoadedLocale } from '../data/FaqSource';
import type { LocaleFile } from '../data/types';
import type { Emitter } from '../events';
import { chooseLocale, matchLocale } from '../i18n/matchLocale';
import { MAX_QUESTION_LENGTH, type FaqIndex } from '../search/FaqIndex';
import { type History, MAX_MESSAGES } from './history';
import type { AnsweredEntry, Message } from './messages';

/** After this many unanswered questions in a row, the chat offers a person prominently. */
const ESCALATE_AFTER = 3;

/** `ready` settles by then, loaded or not (README, "JavaScript API": within 30 s). */
const READY_WITHIN_MS = 29_000;

/** Where the data stands: the UI shows answers, a spinner or an apology with a retry. */
export type Status = 'loading' | 'ready' | 'failed';

/**
 * The state of one widget, in signals that the components read, and the actions that change
 * it. Everything the page's API and the visitor can do goes through here.
 */
export class Chat {
  readonly isOpen = signal(false);
  readonly status = signal<Status>('loading');
  /** The locale actually served: UI strings, `lang` and answers follow it. */
  readonly locale = signal('en');
  /** Locale code → its own name, from the manifest. */
  readonly locales = signal<Record<string, string>>({});
  readonly faq = signal<LocaleFile | null>(null);
  readonly messages = signal<Message[]>([]);
  /** Questions asked whose reply is not there yet, such as while the data loads. */
  readonly pending = signal(0);
  /** The conversation just cleared, which the visitor may bring back until they ask again. */
  readonly cleared = signal<Message[] | null>(null);
  /** Entry ids the page suggests (`data-suggestions`, `setSuggestions`); null leaves the FAQ file's. */
  readonly pageSuggestions = signal<string[] | null>(null);
  /** The questions suggested in the greeting. */
  readonly suggestions = computed(() => {
    const faq = this.faq.value;
    return (this.pageSuggestions.value ?? faq?.suggestions ?? [])
      .map((id) => faq?.entries.find((entry) => entry.id === id))
      .filter((entry) => entry !== undefined);
  });
  /** A locale that was asked for but could not be served. */
  readonly missingLocale = signal<string | null>(null);
  /** The UI string function of the served locale, with the FAQ file's own overrides. */
  readonly t = computed(() => {
    this.faq.value;
    return this.#i18n.getFixedT(this.locale.value);
  });
  readonly ready: Promise<void>;

  #nextKey: number;
  #hasServed = false;
  #index: FaqIndex | null = null;
  /** The locale the visitor chose in the panel; it wins over the page's for the rest of the visit. */
  #chosenLocale: string | undefined;
  /** Counts locale switches, so that only the last one asked for is served. */
  #switches = 0;

  readonly #source: FaqData;
  readonly #i18n: I18n;
  readonly #events: Emitter;
  readonly #history: History;
  /** Locales the page asks for, most wanted first (data-locale, `<html lang>`, the browser's). */
  readonly #wanted: readonly (string | null | undefined)[];
  /** The site's own contact page (`data-contact`), for questions the FAQ does not cover. */
  readonly #contact: string | null;

  constructor(
    source: FaqData,
    i18n: I18n,
    events: Emitter,
    history: History,
    wanted: readonly (string | null | undefined)[],
    contact: string | null = null,
  ) {
    this.#source = source;
    this.#i18n = i18n;
    this.#events = events;
    this.#history = history;
    this.#contact = contact;
    const stored = history.load();
    this.messages.value = stored.messages;
    this.isOpen.value = stored.open;
    this.#chosenLocale = stored.locale;
    this.#wanted = [stored.locale, ...wanted];
    this.#nextKey = Math.max(0, ...this.messages.value.map((message) => message.key)) + 1;
    // `ready` settles within 30 s (README, "JavaScript API") even when a host never answers; the
    // data may still arrive later and is shown then.
    this.ready = new Promise((resolve) => {
      const deadline = setTimeout(resolve, READY_WITHIN_MS);
      void this.#start().then(() => {
        clearTimeout(deadline);
        resolve();
      });
    });
  }

  open(): void {
    if (this.isOpen.value) return;
    this.isOpen.value = true;
    this.#save();
    this.#events.emit('open', {});
  }

  close(): void {
    if (!this.isOpen.value) return;
    this.isOpen.value = false;
    this.#save();
    this.#events.emit('close', {});
  }

  /** The visitor did something with the widget: from now on, the conversation may be stored. */
  engage(): void {
    this.#history.allow();
    this.#save();
  }

  /** Searches without touching the conversation. Never rejects. */
  async search(question: string, options?: SearchOptions): Promise<SearchResult> {
    await this.ready;
    const wanted = own(options, 'locale');
    const locale = wanted === undefined ? this.locale.value : matchLocale(asText(wanted), Object.keys(this.locales.value));
    if (!locale) return { locale: this.locale.value, reply: 'none', best: null, matches: [] };
    try {
      const { index } = await this.#source.load(locale);
      return index.search(asText(question), own(options, 'limit') as number | undefined);
    } catch (error) {
      this.#report(error);
      return { locale, reply: 'none', best: null, matches: [] };
    }
  }

  /** Questions of the FAQ that match what the visitor has typed so far. */
  suggest(typed: string): { id: string; question: string }[] {
    return this.#index?.suggest(typed) ?? [];
  }

  /** Asks in the conversation, as the visitor would. Never rejects. */
  async ask(question: string): Promise<SearchResult> {
    const text = asText(question).trim().slice(0, MAX_QUESTION_LENGTH);
    if (!text) return { locale: this.locale.value, reply: 'none', best: null, matches: [] };
    this.#add({ kind: 'question', text });
    this.pending.value++;
    const result = await this.search(text).finally(() => this.pending.value--);
    // Our failure, not a gap in the FAQ nor the visitor's words: the question is held, and
    // answered when the data comes back; the site's analytics are not told it went unanswered.
    if (this.status.value === 'failed') {
      this.#add({ kind: 'unavailable', question: text });
      return result;
    }
    return this.#reply(text, result);
  }

  // Adds the reply to a question (README, "How it answers"): the answer; a shortlist of the
  // nearest entries when the evidence is real but ambiguous; or an honest "I don't know".
  #reply(text: string, result: SearchResult): SearchResult {
    const known = (id: string) => this.faq.value?.entries.some((candidate) => candidate.id === id);
    const choices = result.matches.slice(0, 3).filter(({ id }) => known(id));
    if (result.best && known(result.best.id)) {
      this.#add({ kind: 'answer', locale: result.locale, entry: this.#answered(result.best.id) });
    } else if (result.reply === 'shortlist' && choices.length > 0) {
      this.#add({
        kind: 'shortlist',
        locale: result.locale,
        choices: choices.map(({ id, question }) => ({ id, question })),
        first: this.#answered(choices[0].id),
      });
    } else {
      const contact = this.#contactFor();
      this.#add({
        kind: 'fallback',
        locale: result.locale,
        ...(contact && { contact }),
        escalate: this.#unansweredInARow() + 1 >= ESCALATE_AFTER,
      });
    }
    this.#events.emit('question', { question: text, locale: result.locale, result });
    if (!result.best) this.#events.emit('unanswered', { question: text, locale: result.locale });
    return result;
  }

  /** The visitor asks, by typing or by pressing a question: the conversation may now be stored. */
  visitorAsks(question: string): Promise<SearchResult> {
    this.engage();
    return this.ask(question);
  }

  /**
   * Opens the panel on an entry's answer, as a deep link does; unknown ids show nothing. An
   * answer that is already the last one in the conversation is not added again, so that a
   * reload of a linked page does not repeat it.
   */
  async show(id: string): Promise<boolean> {
    await this.ready;
    const entry = this.faq.value?.entries.find((candidate) => candidate.id === asText(id));
    if (!entry) return false;
    const last = this.messages.value.at(-1);
    if (last?.kind !== 'answer' || last.entry.id !== entry.id) {
      this.#add({ kind: 'question', text: entry.question });
      this.#add({ kind: 'answer', locale: this.locale.value, entry: this.#answered(entry.id) });
    }
    this.open();
    return true;
  }

  /** Empties the conversation, here and in storage. */
  clear(undoable = true): void {
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

  /**
   * Records the visitor's thumbs up or down on an answer. Down is no dead end: the chat
   * offers to ask in other words, the entry's related questions, and a person.
   */
  feedback(key: number, helpful: boolean): void {
    const message = this.messages.value.find((candidate) => candidate.key === key);
    if (message?.kind !== 'answer' || message.helpful === helpful) return;
    this.#replace({ ...message, helpful });
    this.#events.emit('feedback', { entryId: message.entry.id, helpful, locale: message.locale });
    const offered = this.messages.value.some((candidate) => candidate.kind === 'notHelpful' && candidate.about === key);
    if (!helpful && !offered) {
      const contact = this.#contactFor();
      this.#add({ kind: 'notHelpful', about: key, locale: message.locale, related: message.entry.related, ...(contact && { contact }) });
    }
  }

  /** Switches to a locale of the manifest; of several switches under way, the last wins. Never rejects. */
  async setLocale(tag: string): Promise<void> {
    const switchNumber = ++this.#switches;
    await this.ready;
    const locale = matchLocale(asText(tag), Object.keys(this.locales.value));
    if (!locale) {
      this.#report(
        new FaqDataError(`"${asText(tag)}" is not a locale of this FAQ; it has ${Object.keys(this.locales.value).join(', ') || 'none'}.`),
      );
      return;
    }
    await this.#serve(locale, this.locale.value, () => switchNumber === this.#switches);
  }

  /** The visitor picks a language in the panel: it is kept with the conversation for the rest of the visit. */
  async visitorSetsLocale(tag: string): Promise<void> {
    this.#chosenLocale = tag;
    this.engage();
    await this.setLocale(tag);
  }

  /** Loads the data again after a failure, then answers the questions held meanwhile. */
  async retry(): Promise<void> {
    this.status.value = 'loading';
    if (!(await this.#start())) return;
    for (const held of this.messages.value.filter((message) => message.kind === 'unavailable')) {
      this.messages.value = this.messages.value.filter((message) => message !== held);
      this.#reply(held.question, await this.search(held.question));
    }
  }

  // Loads the manifest and serves the first locale; true when one is served.
  async #start(): Promise<boolean> {
    try {
      const manifest = await this.#source.manifest();
      this.locales.value = manifest.locales;
      const locale = chooseLocale(this.#wanted, Object.keys(manifest.locales), manifest.defaultLocale);
      const served = await this.#serve(locale, manifest.defaultLocale);
      if (served) this.#events.emit('ready', { locale: this.locale.value });
      return served;
    } catch (error) {
      this.#report(error);
      this.status.value = 'failed';
      return false;
    }
  }

  // Serves a locale, or the fallback when it fails to load; true when either is served.
  // `current` says whether this is still the switch last asked for when the file arrives.
  async #serve(locale: string, fallback = locale, current = () => true): Promise<boolean> {
    let loaded: LoadedLocale;
    try {
      loaded = await this.#source.load(locale);
    } catch (error) {
      this.#report(error);
      if (!current()) return false;
      if (locale !== fallback) {
        const served = await this.#serve(fallback, fallback, current);
        if (served) this.missingLocale.value = locale;
        return served;
      }
      if (this.status.value !== 'ready') this.status.value = 'failed';
      return false;
    }
    if (!current()) return false;
    const previous = this.locale.value;
    if (loaded.file.ui) this.#i18n.addResourceBundle(loaded.locale, 'translation', loaded.file.ui, true, true);
    this.#index = loaded.index;
    batch(() => {
      this.missingLocale.value = null;
      this.locale.value = loaded.locale;
      this.faq.value = loaded.file;
      this.status.value = 'ready';
    });
    if (this.#hasServed && previous !== loaded.locale) this.#events.emit('locale', { locale: loaded.locale, previous });
    this.#hasServed = true;
    return true;
  }

  #answered(id: string): AnsweredEntry {
    const entries = this.faq.value?.entries ?? [];
    const entry = entries.find((candidate) => candidate.id === id)!;
    const related = (entry.related ?? [])
      .map((relatedId) => entries.find((candidate) => candidate.id === relatedId))
      .filter((candidate) => candidate !== undefined)
      .map((candidate) => ({ id: candidate.id, question: candidate.question }));
    return { id: entry.id, question: entry.question, answer: entry.answer, ...(entry.url && { url: entry.url }), related };
  }

  // Where a person can be asked: the site's own contact page, else the FAQ's.
  #contactFor(): { label: string; url: string } | undefined {
    const faq = this.faq.value;
    return this.#contact ? { label: faq?.contact?.label ?? this.t.value('contact'), url: this.#contact } : faq?.contact;
  }

  #unansweredInARow(): number {
    let count = 0;
    for (const message of [...this.messages.value].reverse()) {
      if (message.kind === 'answer') break;
      if (message.kind === 'fallback') count++;
    }
    return count;
  }

  #add(message: Message extends infer M ? (M extends Message ? Omit<M, 'key'> : never) : never): void {
    this.cleared.value = null;
    this.messages.value = [...this.messages.value, { ...message, key: this.#nextKey++ } as Message].slice(-MAX_MESSAGES);
    this.#save();
  }

  #replace(message: Message): void {
    this.messages.value = this.messages.value.map((candidate) => (candidate.key === message.key ? message : candidate));
    this.#save();
  }

  #save(): void {
    this.#history.save({
      messages: this.messages.value,
      open: this.isOpen.value,
      ...(this.#chosenLocale && { locale: this.#chosenLocale }),
    });
  }

  #report(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    this.#events.emit('error', { message, ...(error instanceof FaqDataError && error.url && { url: error.url }) });
  }
}

// The page may pass anything as a question; only text and numbers are asked.
function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
