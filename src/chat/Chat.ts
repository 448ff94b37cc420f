import { computed, signal } from '@preact/signals';
import type { i18n as I18n } from 'i18next';
import type { SearchOptions, SearchResult } from '../api';
import type { FaqData } from '../data/FaqSource';
import type { Emitter } from '../events';
import { MAX_QUESTION_LENGTH } from '../search/FaqIndex';
import { asText } from './asText';
import { Conversation } from './Conversation';
import type { History } from './history';
import { Locales } from './Locales';
import type { AnsweredEntry } from './messages';

export type { Status } from './Locales';

/** After this many unanswered questions in a row, the chat offers a person prominently. */
const ESCALATE_AFTER = 3;

/**
 * One widget's chat: what the visitor and the page's API can do, and the state the
 * components read, in signals. It joins the conversation and its storage (Conversation.ts)
 * to the FAQ's locales, their loading and search (Locales.ts).
 */
export class Chat {
  readonly #conversation: Conversation;
  readonly #locales: Locales;
  readonly #events: Emitter;
  /** The site's own contact page (`data-contact`), for questions the FAQ does not cover. */
  readonly #contact: string | null;

  readonly isOpen;
  readonly messages;
  readonly cleared;
  readonly status;
  readonly locale;
  /** Locale code → its own name, from the manifest. */
  readonly locales;
  readonly faq;
  readonly missingLocale;
  readonly t;
  readonly ready: Promise<void>;
  /** Questions asked whose reply is not there yet, such as while the data loads. */
  readonly pending = signal(0);
  /** Entry ids the page suggests (`data-suggestions`, `setSuggestions`); null leaves the FAQ file's. */
  readonly pageSuggestions = signal<string[] | null>(null);
  /** The questions suggested in the greeting. */
  readonly suggestions;

  constructor(
    source: FaqData,
    i18n: I18n,
    events: Emitter,
    history: History,
    wanted: readonly (string | null | undefined)[],
    contact: string | null = null,
  ) {
    this.#events = events;
    this.#contact = contact;
    this.#conversation = new Conversation(history);
    // The language the visitor chose wins over the page's.
    this.#locales = new Locales(source, i18n, events, [this.#conversation.chosenLocale, ...wanted]);
    this.isOpen = this.#conversation.isOpen;
    this.messages = this.#conversation.messages;
    this.cleared = this.#conversation.cleared;
    this.status = this.#locales.status;
    this.locale = this.#locales.locale;
    this.locales = this.#locales.names;
    this.faq = this.#locales.faq;
    this.missingLocale = this.#locales.missing;
    this.t = this.#locales.t;
    this.ready = this.#locales.ready;
    this.suggestions = computed(() => {
      const faq = this.faq.value;
      return (this.pageSuggestions.value ?? faq?.suggestions ?? [])
        .map((id) => faq?.entries.find((entry) => entry.id === id))
        .filter((entry) => entry !== undefined);
    });
  }

  open(): void {
    if (this.isOpen.value) return;
    this.#conversation.setOpen(true);
    this.#events.emit('open', {});
  }

  close(): void {
    if (!this.isOpen.value) return;
    this.#conversation.setOpen(false);
    this.#events.emit('close', {});
  }

  /** The visitor did something with the widget: from now on, the conversation may be stored. */
  engage(): void {
    this.#conversation.allowStoring();
  }

  /** Searches without touching the conversation. Never rejects. */
  search(question: string, options?: SearchOptions): Promise<SearchResult> {
    return this.#locales.search(question, options);
  }

  /** Questions of the FAQ that match what the visitor has typed so far. */
  suggest(typed: string): { id: string; question: string }[] {
    return this.#locales.index?.suggest(typed) ?? [];
  }

  /** Asks in the conversation, as the visitor would. Never rejects. */
  async ask(question: string): Promise<SearchResult> {
    const text = asText(question).trim().slice(0, MAX_QUESTION_LENGTH);
    if (!text) return { locale: this.locale.value, reply: 'none', best: null, matches: [] };
    this.#conversation.add({ kind: 'question', text });
    this.pending.value++;
    const asked = this.locale.value;
    const result = await this.#locales.search(text, undefined, true).finally(() => this.pending.value--);
    // Our failure, not a gap in the FAQ nor the visitor's words: the question is held, and
    // answered when the data comes back; the site's analytics are not told it went unanswered.
    if (this.status.value === 'failed') {
      this.#conversation.add({ kind: 'unavailable', question: text });
      return result;
    }
    return this.#reply(text, result, asked);
  }

  /** The visitor asks, by typing or by pressing a question: the conversation may now be stored. */
  visitorAsks(question: string): Promise<SearchResult> {
    this.engage();
    return this.ask(question);
  }

  /**
   * Opens the panel on an entry's answer, as a deep link does; unknown ids show nothing. An
   * answer that is already the last one in the conversation is not added again.
   */
  async show(id: string): Promise<boolean> {
    await this.ready;
    const entry = this.faq.value?.entries.find((candidate) => candidate.id === asText(id));
    if (!entry || !(await this.#locales.complete([entry.id]))) return false;
    const last = this.messages.value.at(-1);
    if (last?.kind !== 'answer' || last.entry.id !== entry.id) {
      this.#conversation.add({ kind: 'question', text: entry.question });
      this.#conversation.add({ kind: 'answer', locale: this.locale.value, entry: this.#answered(entry.id) });
    }
    this.open();
    return true;
  }

  /** Empties the conversation, here and in storage; the visitor may undo it. */
  clear(undoable = true): void {
    this.#conversation.clear(undoable);
  }

  /** Brings back the conversation just cleared. */
  undoClear(): void {
    this.#conversation.undoClear();
  }

  /**
   * Records the visitor's thumbs up or down on an answer. Down is no dead end: the chat
   * offers to ask in other words, the entry's related questions, and a person.
   */
  feedback(key: number, helpful: boolean): void {
    const message = this.messages.value.find((candidate) => candidate.key === key);
    if (message?.kind !== 'answer' || message.helpful === helpful) return;
    this.#conversation.replace({ ...message, helpful });
    this.#events.emit('feedback', { entryId: message.entry.id, helpful, locale: message.locale });
    const offered = this.messages.value.some((candidate) => candidate.kind === 'notHelpful' && candidate.about === key);
    if (!helpful && !offered) {
      const contact = this.#contactFor();
      this.#conversation.add({
        kind: 'notHelpful',
        about: key,
        locale: message.locale,
        related: message.entry.related,
        ...(contact && { contact }),
      });
    }
  }

  /** Switches to a locale of the manifest; of several switches under way, the last wins. Never rejects. */
  setLocale(tag: string): Promise<void> {
    return this.#locales.set(tag);
  }

  /** The visitor picks a language in the panel: it is kept with the conversation for the rest of the visit. */
  async visitorSetsLocale(tag: string): Promise<void> {
    this.#conversation.choose(tag);
    this.engage();
    await this.setLocale(tag);
  }

  /** Loads the data again after a failure, then answers the questions held meanwhile. */
  async retry(): Promise<void> {
    if (!(await this.#locales.retry())) return;
    for (const held of this.messages.value.filter((message) => message.kind === 'unavailable')) {
      this.#conversation.remove(held);
      const asked = this.locale.value;
      this.#reply(held.question, await this.#locales.search(held.question, undefined, true), asked);
    }
  }

  // Adds the reply to a question (README, "How it answers"): the answer; a shortlist of the
  // nearest entries when the evidence is real but ambiguous; a reply in kind to small talk;
  // or an honest "I don't know".
  // An entry that the asked locale lacks, or a question asked in the default locale's
  // language, is answered from the default locale (Locales.ts): its words keep their own
  // language, and the chat's around them stay the panel's.
  #reply(text: string, result: SearchResult, asked: string): SearchResult {
    const file = this.#locales.file(result.locale);
    const lang = result.locale === asked ? undefined : result.locale;
    const known = (id: string) => file?.entries.some((candidate) => candidate.id === id);
    const choices = result.matches.slice(0, 3).filter(({ id }) => known(id));
    const said = result.reply === 'none' && this.#locales.smallTalk(text, result.locale);
    if (result.best && known(result.best.id)) {
      this.#conversation.add({ kind: 'answer', locale: asked, entry: this.#answered(result.best.id, file, lang) });
    } else if (result.reply === 'shortlist' && choices.length > 0) {
      this.#conversation.add({
        kind: 'shortlist',
        locale: asked,
        choices: choices.map(({ id, question }) => ({ id, question })),
        first: this.#answered(choices[0].id, file, lang),
      });
    } else if (said) {
      this.#conversation.add({ kind: 'smallTalk', locale: result.locale, said });
    } else {
      const contact = this.#contactFor();
      this.#conversation.add({
        kind: 'fallback',
        locale: result.locale,
        ...(contact && { contact }),
        escalate: this.#conversation.unansweredInARow() + 1 >= ESCALATE_AFTER,
      });
    }
    this.#events.emit('question', { question: text, locale: result.locale, result });
    // Small talk is no gap in the FAQ for the site's analytics to report.
    if (!result.best && !said) this.#events.emit('unanswered', { question: text, locale: result.locale });
    return result;
  }

  #answered(id: string, file = this.faq.value, lang?: string): AnsweredEntry {
    const entries = file?.entries ?? [];
    const entry = entries.find((candidate) => candidate.id === id)!;
    // Related questions in the visitor's language where it has them, even under an entry
    // not yet translated.
    const served = this.faq.value?.entries ?? [];
    const related = (entry.related ?? [])
      .map((relatedId) => served.find(({ id }) => id === relatedId) ?? entries.find(({ id }) => id === relatedId))
      .filter((candidate) => candidate !== undefined)
      .map((candidate) => ({ id: candidate.id, question: candidate.question }));
    return {
      id: entry.id,
      question: entry.question,
      answer: entry.answer,
      ...(entry.url && { url: entry.url }),
      related,
      ...(lang && { lang }),
      ...(lang && served.some((candidate) => candidate.id === id) && { translated: true }),
    };
  }

  /** Where a person can be asked, also when no FAQ could be loaded. */
  get contact(): { label: string; url: string } | undefined {
    return this.#contactFor();
  }

  // Where a person can be asked: the site's own contact page, else the FAQ's.
  #contactFor(): { label: string; url: string } | undefined {
    const faq = this.faq.value;
    return this.#contact ? { label: faq?.contact?.label ?? this.t.value('contact'), url: this.#contact } : faq?.contact;
  }
}
