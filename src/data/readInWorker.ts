// Chromium spends hundreds of milliseconds of the page's main thread, in long tasks, on
// taking in a response of several megabytes, however the page reads it. A large file is
// therefore read, parsed and hashed by a worker, the reader file that the build writes beside
// the loader. Where the page cannot run it (the script is on another origin, or the page's
// Content-Security-Policy has no 'self' for workers), the page reads the file itself.
import { yieldToPage } from '../search/yieldToPage';
import { FaqDataError } from './FaqDataError';
import { fetchJson, type JsonFile, READ_WITHIN_MS } from './fetchJson';

/**
 * What a worker answers: the file's content and hash (empty outside a secure context), or
 * why it could not be read.
 */
type Reply = { value: unknown; sha256: string } | { error: string; final: boolean };

/** The global scope of the worker, as far as it is used here. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(reply: Reply): void;
}

/** Starts a worker that serves reads (`serveReads`); throws where none may run. */
export type StartReader = () => Worker;

/**
 * Reads one file in a worker. Rejects with a FaqDataError when the file could not be read,
 * and with a plain Error when no worker could run.
 */
export function readInWorker(startReader: StartReader, url: string): Promise<JsonFile> {
  return new Promise((resolve, reject) => {
    const worker = startReader();
    const stop = () => {
      clearTimeout(deadline);
      worker.terminate();
    };
    // A worker that never answers, such as an outdated copy of the script from a cache,
    // gives way to the page as one that cannot start does.
    const deadline = setTimeout(() => {
      stop();
      reject(new Error('no answer from the worker'));
    }, READ_WITHIN_MS + 1_000);
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      stop();
      if ('error' in data) reject(new FaqDataError(data.error, url, data.final));
      // Taking in a large message is a task of its own; checking the file waits for the next.
      else void yieldToPage().then(() => resolve({ value: data.value, sha256: async () => data.sha256 }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error('no worker'));
    };
    worker.postMessage(url);
  });
}

/** The worker's side: reads each file it is asked for and sends back what it found. */
export function serveReads(scope: WorkerScope): void {
  scope.onmessage = ({ data: url }) =>
    void fetchJson(url)
      .then(async (file) => scope.postMessage({ value: file.value, sha256: await file.sha256() }))
      .catch((error: FaqDataError) => scope.postMessage({ error: error.message.replace('FaqChat: ', ''), final: error.final }));
}
