import type { Early } from '../loader/fetchEarly';
import { createFaqIndex, type FaqIndex } from '../search/FaqIndex';
import { INDEX_VERSION, type PrebuiltIndex } from '../search/prebuilt';
import { fetchJson, type OffThread } from './fetchJson';
import { own } from './own';
import { readInWorker, type StartReader } from './readInWorker';
import { ENTRY, type Entry, type LocaleFile, type Manifest } from './format';
import { FaqDataError } from './FaqDataError';
import { isDataFileName, validateLocaleFileInSlices, validateManifest } from './validate';

/** One locale, loaded, checked and indexed. */
export interface LoadedLocale {
  locale: string;
  file: LocaleFile;
  index: FaqIndex;
  /**
   * Where the answers come apart from the entries (a prebuilt index, README "Large FAQs"):
   * fetches those of these entries, fills them in, and resolves with them in the same
   * order. Rejects with a FaqDataError when a piece cannot be had.
   */
  answers?(ids: string[]): Promise<string[]>;
}

/** Where a widget's FAQ comes from: a faq-data folder, or a file an editor previews. */
export interface FaqData {
  /** The manifest; rejects with a FaqDataError. */
  manifest(): Promise<Manifest>;
  /** A locale of the manifest, indexed; rejects with a FaqDataError. */
  load(locale: string): Promise<LoadedLocale>;
}

/**
 * The faq-data folder at one URL. Each file is fetched at most once, and only when a
 * locale is first needed, so a visitor downloads only their own language.
 */
export class FaqSource implements FaqData {
  readonly #requests = new Map<string, Promise<unknown>>();
  readonly #offThread?: OffThread;
  readonly #early?: Early;

  /**
   * `startReader`, where given, starts a worker that reads large files. `early` holds the
   * responses the loader fetched beside the app's file, each taken once.
   */
  constructor(
    readonly dataUrl: string,
    startReader?: StartReader | null,
    early?: Early,
  ) {
    if (startReader) this.#offThread = (url) => readInWorker(startReader, url);
    this.#early = early;
  }

  manifest(): Promise<Manifest> {
    return this.#once('index', () => {
      const url = new URL('index.json', this.dataUrl).href;
      return this.#fetch(url).then(({ value }) => validateManifest(value, url));
    });
  }

  load(locale: string): Promise<LoadedLocale> {
    return this.#once(`locale:${locale}`, async () => {
      const url = new URL(`${encodeURIComponent(locale)}.json`, this.dataUrl).href;
      const named = own((await this.manifest()).indexes, locale) as { file?: unknown; source?: unknown } | undefined;
      const prebuilt = named && (await this.#prebuilt(String(named.file)));
      // An index (what faq:build writes) serves the locale by itself, its answers apart: the
      // file of all answers is not on the way to the first.
      const apart = prebuilt && (await this.#apart(prebuilt, new URL(String(named.file), this.dataUrl).href, locale));
      if (apart) return apart;
      // A locale with an index is large (faq:check asks for one from 1,000 entries).
      const read = await this.#fetch(url, this.#offThread, !!named);
      const { file, problems } = await validateLocaleFileInSlices(read.value, url, locale);
      if (problems.length > 0) console.warn(`FaqChat: ${url}: left out ${problems.join('; ')}.`);
      const index = await createFaqIndex(file.entries, locale);
      return { locale, file, index };
    });
  }

  // A prebuilt index that cannot be had is no failure: the widget indexes on its own.
  #prebuilt(name: string): Promise<PrebuiltIndex | undefined> {
    return fetchJson(new URL(name, this.dataUrl).href, this.#offThread, true).then(
      ({ value }) => ((value as PrebuiltIndex)?.version === INDEX_VERSION ? (value as PrebuiltIndex) : undefined),
      () => undefined,
    );
  }

  // The locale served from its index; undefined when the index is not whole, or not of the
  // file it holds: the locale file is then read and indexed here.
  async #apart(prebuilt: PrebuiltIndex, url: string, locale: string): Promise<LoadedLocale | undefined> {
    const per = own(prebuilt.answers, 'per');
    const files = own(prebuilt.answers, 'files');
    if (
      !prebuilt.file ||
      typeof per !== 'number' ||
      !Number.isInteger(per) ||
      per < 1 ||
      !Array.isArray(files) ||
      !files.every(isDataFileName)
    ) {
      return;
    }
    const { file, problems } = await validateLocaleFileInSlices(prebuilt.file, url, locale, true);
    if (problems.length > 0 || files.length !== Math.ceil(file.entries.length / per)) return;
    const index = await createFaqIndex(file.entries, locale, prebuilt).catch(() => undefined);
    if (!index) return;
    const at = new Map(file.entries.map((entry, position) => [entry.id, position]));
    const answers = async (ids: string[]) => {
      const positions = ids.map((id) => at.get(id));
      const pieces = new Set(positions.filter((position) => position !== undefined).map((position) => Math.floor(position / per)));
      await Promise.all([...pieces].map((piece) => this.#piece(file.entries, piece, per, files[piece])));
      return positions.map((position) => (position === undefined ? '' : file.entries[position].answer));
    };
    return { locale, file, index, answers };
  }

  // Fetches a piece of answers and fills them into their entries, once. A piece names the
  // entries it answers, so that one of another build is refused rather than shown under
  // the wrong questions: a page open across a rebuild, or a stale copy in a cache. Such a
  // piece is asked for once more, past the cache; then it fails as a missing piece does.
  #piece(entries: Entry[], piece: number, per: number, name: string): Promise<void> {
    const url = new URL(name, this.dataUrl).href;
    const owners = entries.slice(piece * per, (piece + 1) * per);
    const read = async (cache?: RequestCache) => {
      const { value } = await fetchJson(url, undefined, undefined, cache);
      const ids = own(value, 'ids');
      const answers = own(value, 'answers');
      const ours =
        Array.isArray(ids) &&
        Array.isArray(answers) &&
        ids.length === owners.length &&
        answers.length === owners.length &&
        owners.every((entry, position) => ids[position] === entry.id) &&
        answers.every(ENTRY.answer.accepts);
      return ours ? (answers as string[]) : undefined;
    };
    return this.#once(`answers:${url}`, async () => {
      const answers = (await read()) ?? (await read('reload'));
      if (!answers) throw new FaqDataError(`${url} is not the piece of answers its index names: run "npm run faq:build" again.`, url);
      owners.forEach((entry, position) => {
        entry.answer = answers[position];
      });
    });
  }

  // A file, from the loader's early response the first time it is asked for.
  async #fetch(url: string, offThread?: OffThread, large?: boolean) {
    await this.#early?.asked;
    const early = this.#early?.files.get(url);
    this.#early?.files.delete(url);
    return fetchJson(url, offThread, large, undefined, early);
  }

  // Shares one request among all who ask; a failed one is forgotten so that it can be retried.
  #once<T>(key: string, request: () => Promise<T>): Promise<T> {
    let pending = this.#requests.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = request();
      this.#requests.set(key, pending);
      pending.catch(() => this.#requests.delete(key));
    }
    return pending;
  }
}
