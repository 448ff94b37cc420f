import { createFaqIndex, type FaqIndex } from '../search/FaqIndex';
import { fetchJson } from './fetchJson';
import type { LocaleFile, Manifest } from './types';
import { validateLocaleFile, validateManifest } from './validate';

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
  private readonly requests = new Map<string, Promise<unknown>>();

  constructor(readonly dataUrl: string) {}

  manifest(): Promise<Manifest> {
    return this.once('index', () => {
      const url = new URL('index.json', this.dataUrl).href;
      return fetchJson(url).then((raw) => validateManifest(raw, url));
    });
  }

  load(locale: string): Promise<LoadedLocale> {
    return this.once(`locale:${locale}`, async () => {
      const url = new URL(`${encodeURIComponent(locale)}.json`, this.dataUrl).href;
      const { file, problems } = validateLocaleFile(await fetchJson(url), url, locale);
      if (problems.length > 0) console.warn(`FaqChat: ${url}: left out ${problems.join('; ')}.`);
      return { locale, file, index: await createFaqIndex(file.entries, locale) };
    });
  }

  // Shares one request among all who ask; a failed one is forgotten so that it can be retried.
  private once<T>(key: string, request: () => Promise<T>): Promise<T> {
    let pending = this.requests.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = request();
      this.requests.set(key, pending);
      pending.catch(() => this.requests.delete(key));
    }
    return pending;
  }
}
