// Chromium spends hundreds of milliseconds of the page's main thread, in long tasks, on
// taking in a response of several megabytes, however the page reads it. A large file is
// therefore read and parsed by a worker, the reader file that the build writes beside
// the loader. Where the page cannot run it (the script is on another origin, or the page's
// Content-Security-Policy has no 'self' for workers), the page reads the file itself.
import { yieldToPage } from '../shared/yieldToPage';
import { FaqDataError } from './FaqDataError';
import { fetchJson, type FetchedJson, READ_WITHIN_MS } from './fetchJson';
import { own } from './own';

/**
 * What a worker answers: the file's content, why the file could not be read, or that the
 * worker could not send what it read (`unsent`), which leaves the page to read it.
 */
type Reply = { value: unknown } | { error: string; final: boolean } | { unsent: true };

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
export function readInWorker(startReader: StartReader, url: string): Promise<FetchedJson> {
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
    // The reply is read by its own fields only, and checked: a page that has added "error"
    // to Object.prototype, or a worker that is not ours, must not leave the read unsettled.
    // What the file holds is checked with the rest of it.
    worker.onmessage = ({ data }: MessageEvent<unknown>) => {
      stop();
      const error = own(data, 'error');
      const value = own(data, 'value');
      if (typeof error === 'string') reject(new FaqDataError(error, url, own(data, 'final') !== false));
      else if (own(data, 'unsent') === true) reject(new Error('the worker could not send the file'));
      else if (value === undefined) reject(new FaqDataError(`${url} could not be read (the worker sent no file).`, url));
      // Taking in a large message is a task of its own; checking the file waits for the next.
      else void yieldToPage().then(() => resolve({ value }));
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
    void fetchJson(url).then(
      (file) => {
        // Sending copies the file, which can fail where reading did not, as for data nested
        // too deep to copy (DataCloneError): that is not the file's fault.
        try {
          scope.postMessage({ value: file.value });
        } catch {
          scope.postMessage({ unsent: true });
        }
      },
      (error: FaqDataError) => scope.postMessage({ error: error.message.replace('FaqChat: ', ''), final: error.final }),
    );
}
