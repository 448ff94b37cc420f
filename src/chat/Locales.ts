import { batch, computed, signal } from '@preact/signals';
import type { i18n as I18n } from 'i18next';
import type { SearchOptions, SearchResult } from '../api';
import { FaqDataError } from '../data/FaqDataError';
import type { FaqData, LoadedLocale } from '../data/FaqSource';
import { own } from '../data/own';
import type { LocaleFile } from '../data/format';
import type { Emitter } from '../events';
import { chooseLocale, matchLocale } from '../i18n/matchLocale';
import type { FaqIndex } from '../search/FaqIndex';
import { type Phrases, type SmallTalk, smallTalk, withoutSmallTalk } from '../search/smallTalk';
import { asText } from './asText';

/** `ready` settles by then, loaded or not (README, "JavaScript API": within 30 s). */
const READY_WITHIN_MS = 29_000;

/** Where the data stands: the UI shows answers, a spinner or an apology with a retry. */
export type Status = 'loading' | 'ready' | 'failed';

/**
 * The FAQ's locales: which one is served, loading it and switching, and searching any of
 * them. Failures are reported to the page's `error` listeners and never thrown.
 */
export class Locales {
  readonly status = signal<Status>('loading');
  /** The locale actually served: UI strings, `lang` and answers follow it. */
  readonly locale = signal('en');
  /** Locale code → its own name, from the manifest. */
  readonly names = signal<Record<string, string>>({});
  readonly faq = signal<LocaleFile | null>(null);
  /** A locale that was asked for but could not be served. */
  readonly missing = signal<string | null>(null);
  /** The UI string function of the served locale, with the FAQ file's own overrides. */
  readonly t = computed(() => {
    this.faq.value;
    return this.#i18n.getFixedT(this.locale.value);
  });
  readonly ready: Promise<void>;
  /** The index of the served locale, for suggestions as the visitor types. */
  index: FaqIndex | null = null;

  #hasServed = false;
  readonly #files = new Map<string, LocaleFile>();
  /** Counts locale switches, so that only the last one asked for is served. */
  #switches = 0;
  readonly #source: FaqData;
  readonly #i18n: I18n;
  readonly #events: Emitter;
  /** Locales wanted, most wanted first (the visitor's choice, data-locale, `<html lang>`, the browser's). */
  readonly #wanted: readonly (string | null | undefined)[];

  constructor(source: FaqData, i18n: I18n, events: Emitter, wanted: readonly (string | null | undefined)[]) {
    this.#source = source;
    this.#i18n = i18n;
    this.#events = events;
    this.#wanted = wanted;
    // `ready` settles within 30 s even when a host never answers; the data may still arrive
    // later and is shown then.
    this.ready = new Promise((resolve) => {
      const deadline = setTimeout(resolve, READY_WITHIN_MS);
      void this.#start().then(() => {
        clearTimeout(deadline);
        resolve();
      });
    });
  }

  /**
   * Searches a locale, the served one by default, loading it if needed. Never rejects. Where
   * the answers come apart from the entries (README, "Large FAQs"), `shownOnly` fetches only
   * the answer the chat shows, the first match's, and leaves the others empty.
   */
  async search(question: string, options?: SearchOptions, shownOnly = false): Promise<SearchResult> {
    await this.ready;
    const wanted = own(options, 'locale');
    const locale = wanted === undefined ? this.locale.value : matchLocale(asText(wanted), Object.keys(this.names.value));
    if (!locale) return { locale: this.locale.value, reply: 'none', best: null, matches: [] };
    try {
      let loaded = await this.#source.load(locale);
      this.#met(loaded);
      // Greetings and thanks get a reply in kind from the chat, never an entry that shares a
      // word with them; around a question, they are no part of it (README, "How it answers").
      const [text, says] = [asText(question), this.#phrases(locale)];
      if (smallTalk(text, says)) return { locale, reply: 'none', best: null, matches: [] };
      const asked = withoutSmallTalk(text, says);
      const limit = own(options, 'limit') as number | undefined;
      let result = loaded.index.search(asked, limit);
      const elsewhere = result.reply === 'none' && (await this.#inDefaultLocale(asked, loaded, limit));
      if (elsewhere) [loaded, result] = elsewhere;
      const wanted = shownOnly ? result.matches.slice(0, result.reply === 'none' ? 0 : 1) : result.matches;
      const answers = await loaded.answers?.(wanted.map(({ id }) => id));
      answers?.forEach((answer, position) => {
        result.matches[position].answer = answer;
      });
      return result;
    } catch (error) {
      this.#missingAnswers(error, locale);
      return { locale, reply: 'none', best: null, matches: [] };
    }
  }

  /** A locale file loaded so far, by its locale: the served one, or the default one, which questions that find nothing are asked of. */
  file(locale: string): LocaleFile | undefined {
    return this.#files.get(locale);
  }

  // A question that finds nothing here is asked of the default locale (README, "The FAQ data"):
  // - an entry that the served locale lacks is still found there, in its words: what the
  //   default locale finds counts then only if the served locale lacks it;
  // - a question that the default locale answers is in its language, as visitors often
  //   write in English on a page in another: it is answered there, in the words it was
  //   asked in.
  // The default locale's file is fetched the first time a question needs it; if it cannot be
  // had, the visitor hears "I don't know" as before, and the page's `error` listeners hear why.
  async #inDefaultLocale(question: string, served: LoadedLocale, limit?: number): Promise<[LoadedLocale, SearchResult] | null> {
    try {
      const { defaultLocale } = await this.#source.manifest();
      if (defaultLocale === served.locale) return null;
      const fallback = await this.#source.load(defaultLocale);
      this.#met(fallback);
      const translated = new Set(served.file.entries.map(({ id }) => id));
      const result = fallback.index.search(question, limit);
      const matches = result.matches.filter(({ id }) => !translated.has(id));
      if (result.reply !== 'none' && matches[0] === result.matches[0]) return [fallback, { ...result, matches }];
      return result.reply === 'answer' ? [fallback, result] : null;
    } catch (error) {
      this.#report(error);
      return null;
    }
  }

  /** Whether a question is small talk in a loaded locale's own phrases, and which. */
  smallTalk(question: unknown, locale: string): SmallTalk | null {
    return smallTalk(asText(question), this.#phrases(locale));
  }

  #phrases(locale: string): Phrases {
    const t = this.#i18n.getFixedT(locale);
    return (kind) => t('says', { context: kind });
  }

  /**
   * Has the answers of these entries of the served locale at hand, where they come apart
   * from the entries (README, "Large FAQs"); false when they cannot be had. Never rejects.
   */
  async complete(ids: string[]): Promise<boolean> {
    const locale = this.locale.value;
    try {
      await (await this.#source.load(locale)).answers?.(ids);
      return true;
    } catch (error) {
      this.#missingAnswers(error, locale);
      return false;
    }
  }

  // Answers that cannot be fetched for the served locale are our failure, not a gap in the
  // FAQ: the chat holds the question and offers to try again (Chat.ask), which asks anew.
  #missingAnswers(error: unknown, locale: string): void {
    this.#report(error);
    if (locale === this.locale.value) this.status.value = 'failed';
  }

  /** Switches to a locale of the manifest; of several switches under way, the last wins. Never rejects. */
  async set(tag: string): Promise<void> {
    const switchNumber = ++this.#switches;
    await this.ready;
    const locale = matchLocale(asText(tag), Object.keys(this.names.value));
    if (!locale) {
      const known = Object.keys(this.names.value).join(', ') || 'none';
      this.#report(new FaqDataError(`"${asText(tag)}" is not a locale of this FAQ; it has ${known}.`));
      return;
    }
    await this.#serve(locale, this.locale.value, () => switchNumber === this.#switches);
  }

  /** Loads the data again after a failure; true when a locale is served. */
  retry(): Promise<boolean> {
    this.status.value = 'loading';
    return this.#start();
  }

  // Loads the manifest and serves the first locale; true when one is served.
  async #start(): Promise<boolean> {
    try {
      const manifest = await this.#source.manifest();
      this.names.value = manifest.locales;
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
        if (served) this.missing.value = locale;
        return served;
      }
      if (this.status.value !== 'ready') this.status.value = 'failed';
      return false;
    }
    if (!current()) return false;
    const previous = this.locale.value;
    this.#met(loaded);
    this.index = loaded.index;
    batch(() => {
      this.missing.value = null;
      this.locale.value = loaded.locale;
      this.faq.value = loaded.file;
      this.status.value = 'ready';
    });
    if (this.#hasServed && previous !== loaded.locale) this.#events.emit('locale', { locale: loaded.locale, previous });
    this.#hasServed = true;
    return true;
  }

  // A locale loaded: its own UI strings go over English ones, and its file is kept for the
  // chat's replies. Each search meets its locale again, which changes nothing.
  #met(loaded: LoadedLocale): void {
    if (this.#files.get(loaded.locale) === loaded.file) return;
    this.#files.set(loaded.locale, loaded.file);
    if (loaded.file.ui) this.#i18n.addResourceBundle(loaded.locale, 'translation', loaded.file.ui, true, true);
  }

  #report(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    this.#events.emit('error', { message, ...(error instanceof FaqDataError && error.url && { url: error.url }) });
  }
}
