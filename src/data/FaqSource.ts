import { createFaqIndex, type FaqIndex } from '../search/FaqIndex';
import { INDEX_VERSION, type PrebuiltIndex } from '../search/prebuilt';
import { fetchJson, type OffThread } from './fetchJson';
import { own } from './own';
import { readInWorker, type StartReader } from './readInWorker';
import type { LocaleFile, Manifest } from './format';
import { validateLocaleFileInSlices, validateManifest } from './validate';

/** One locale, loaded, checked and indexed. */
export interface LoadedLocale {
  locale: string;
  file: LocaleFile;
  index: FaqIndex;
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

  /** `startReader`, where given, starts a worker that reads large files. */
  constructor(
    readonly dataUrl: string,
    startReader?: StartReader | null,
  ) {
    if (startReader) this.#offThread = (url) => readInWorker(startReader, url);
  }

  manifest(): Promise<Manifest> {
    return this.#once('index', () => {
      const url = new URL('index.json', this.dataUrl).href;
      return fetchJson(url).then(({ value }) => validateManifest(value, url));
    });
  }

  load(locale: string): Promise<LoadedLocale> {
    return this.#once(`locale:${locale}`, async () => {
      const url = new URL(`${encodeURIComponent(locale)}.json`, this.dataUrl).href;
      const named = own((await this.manifest()).indexes, locale) as { file?: unknown; source?: unknown } | undefined;
      // A locale with a prebuilt index is large (faq:check asks for one from 1,000 entries),
      // whatever size a server that gives no length hides.
      const [read, prebuilt] = await Promise.all([fetchJson(url, this.#offThread, !!named), named && this.#prebuilt(String(named.file))]);
      const { file, problems } = await validateLocaleFileInSlices(read.value, url, locale);
      if (problems.length > 0) console.warn(`FaqChat: ${url}: left out ${problems.join('; ')}.`);
      // A prebuilt index serves only the very file it was built from, and only if it loads.
      // Outside a secure context there is no hash, and no index is trusted.
      const hash = prebuilt && (await read.sha256());
      const fresh = hash && named?.source === hash;
      const index = await (fresh ? createFaqIndex(file.entries, locale, prebuilt) : Promise.reject()).catch(() =>
        createFaqIndex(file.entries, locale),
      );
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
