// On intent, the loader fetches the manifest beside the app's file, then the locale file the
// app will pick, so that on a slow network the data does not wait for the app (README,
// "Performance"). The app takes these responses rather than asking again (data/fetchJson.ts).
import { own } from '../data/own';
import { chooseLocale } from '../i18n/matchLocale';

/** Responses fetched before the app arrived. */
export interface Early {
  /** The responses, by URL. */
  files: Map<string, Promise<Response>>;
  /**
   * Settles once every file has been asked for. The app waits for it before it asks for a
   * file itself: it may read the manifest first, and would ask for the locale file twice.
   */
  asked: Promise<unknown>;
}

// As long as the app gives one try at a file (data/fetchJson.ts): then it asks anew.
const TIMEOUT_MS = 10_000;

/**
 * Fetches the manifest of the faq-data folder at `dataUrl`, then the file of the locale the
 * app will pick from it for `wanted`, as the app would. Only files the manifest names are
 * asked for, and no locale that has a prebuilt index: that one is large, and read otherwise
 * (README, "Large FAQs"). A failure here is the app's to meet and report.
 */
export function fetchEarly(dataUrl: string, wanted: readonly (string | null)[]): Early {
  const files = new Map<string, Promise<Response>>();
  const get = (file: string) => {
    const url = new URL(file, dataUrl).href;
    const response = fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
    response.catch(() => {});
    files.set(url, response);
    return response;
  };
  const asked = get('index.json')
    .then((response) => response.clone().json())
    .then((manifest) => {
      const locales = own(manifest, 'locales') as object;
      const locale = chooseLocale(wanted, Object.keys(locales), own(manifest, 'defaultLocale') as string);
      // A default locale the manifest does not list names no file.
      if (own(locales, locale) && !own(own(manifest, 'indexes'), locale)) get(`${encodeURIComponent(locale)}.json`);
    })
    .catch(() => {});
  return { files, asked };
}
