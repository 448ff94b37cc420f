import { FaqDataError } from './FaqDataError';

// A data host that never answers must not leave the widget waiting forever: one try at a
// file gives up after 10 s, and a second follows a pause. Read in a worker, a file may take
// that long in the worker and then once more on the page, if the worker fails. `ready`
// settles within 30 s whatever happens (widget.ts); the data is shown when it arrives.
const TIMEOUT_MS = 10_000;
const RETRY_AFTER_MS = 1_000;
/** The longest that reading one file may take, its second try included. */
export const READ_WITHIN_MS = 2 * TIMEOUT_MS + RETRY_AFTER_MS;
// Larger files are read off the main thread when a reader there is given (readInWorker.ts).
// On the 2-core CI machine, the page takes in and parses 900 KB without a task over 50 ms,
// and 1 MB with tasks of 50 to 63 ms; half leaves room for slower devices. Below it, a
// worker would cost more time than it saves: 60 to 80 ms for a file of 520 to 640 KB.
// A server that compresses as it sends gives no length: then a file that the caller knows
// to be large goes to the worker.
const LARGE_BYTES = 512 * 1024;

/** A data file as read. */
export interface FetchedJson {
  value: unknown;
}

/** Reads a large file elsewhere; rejects with a FaqDataError if the file cannot be read. */
export type OffThread = (url: string) => Promise<FetchedJson>;

/**
 * Fetches and parses one JSON file, turning every failure into a FaqDataError that names
 * it. A network failure, a timeout or a server error is tried once more after a pause. A
 * file is read by `offThread`, when given, if it is over LARGE_BYTES, or if the server
 * gives no length and the file is said to be `large`. `cache` is the fetch's cache mode. The
 * first try takes the response the loader fetched `early`, where there is one
 * (loader/fetchEarly.ts).
 */
export async function fetchJson(
  url: string,
  offThread?: OffThread,
  large?: boolean,
  cache?: RequestCache,
  early?: Promise<Response>,
): Promise<FetchedJson> {
  try {
    return await fetchOnce(url, offThread, large, cache, early).catch(async (error: unknown) => {
      if (error instanceof FaqDataError && error.final) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
      return fetchOnce(url, offThread, large, cache);
    });
  } catch (error) {
    if (error instanceof FaqDataError) throw error;
    throw new FaqDataError(`${url} could not be loaded (${describe(error)}).`, url);
  }
}

/**
 * Parses a file's text. Where it stops being JSON is for `npm run faq:check` to say, with the
 * file's line and column and the words for an editor: the widget does not carry a second
 * JSON reader for it.
 */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FaqDataError(`${url} is not valid JSON. Run "npm run faq:check" to see where the mistake is.`, url);
  }
}

async function fetchOnce(
  url: string,
  offThread?: OffThread,
  large?: boolean,
  cache?: RequestCache,
  early?: Promise<Response>,
): Promise<FetchedJson> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  try {
    const response = await (early ?? fetch(url, { credentials: 'omit', signal: controller.signal, cache }));
    if (!response.ok) {
      // A missing file stays missing; a busy server may answer next time.
      const final = response.status < 500 && response.status !== 408 && response.status !== 429;
      throw new FaqDataError(`${url} could not be loaded (HTTP ${response.status}).`, url, final);
    }
    const length = response.headers.get('content-length');
    if (offThread && (length === null ? large : Number(length) > LARGE_BYTES)) {
      // The loader's early response is not this request's to abort: its body is cancelled.
      void response.body?.cancel();
      controller.abort();
      // Where no worker can run, the file is read here after all.
      return await offThread(url).catch((error: unknown) => (error instanceof FaqDataError ? Promise.reject(error) : fetchOnce(url)));
    }
    return { value: parseJson(await response.text(), url) };
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
