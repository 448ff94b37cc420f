// How a large file reaches the widget: the page asks a worker to read it, and reads it
// itself when no worker runs or none answers. The Worker here is a stand-in whose answers
// each test chooses; the real one runs in test/browser/largeFiles.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaqDataError } from '../../src/data/FaqDataError';
import { fetchJson, READ_WITHIN_MS } from '../../src/data/fetchJson';
import { readInWorker, serveReads, type WorkerScope } from '../../src/data/readInWorker';

const URL = 'https://city.example/faq-data/en.json';
const BIG = 1024 * 1024;

type Answer = (worker: FakeWorker, url: string) => void;

class FakeWorker {
  static answer: Answer = () => {};
  static started: string[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(script: string) {
    FakeWorker.started.push(script);
  }
  postMessage(url: string) {
    FakeWorker.answer(this, url);
  }
  terminate() {
    this.terminated = true;
  }
}

function serve(size: number | null) {
  const fetch = vi.fn(async () => new Response('{"entries": []}', { headers: size === null ? {} : { 'content-length': String(size) } }));
  vi.stubGlobal('fetch', fetch);
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.started = [];
  return fetch;
}

const offThread = (url: string) => readInWorker(() => new Worker('https://city.example/faq-chat.reader.js'), url);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reading a data file', () => {
  it('reads a small file on the page, without a worker', async () => {
    serve(2_000);
    expect((await fetchJson(URL, offThread)).value).toEqual({ entries: [] });
    expect(FakeWorker.started).toEqual([]);
  });

  it('hands a large file to a worker running the widget script, and takes its content', async () => {
    const fetch = serve(BIG);
    FakeWorker.answer = (worker, url) => setTimeout(() => worker.onmessage?.({ data: { value: { read: url } } }));
    const file = await fetchJson(URL, offThread);
    expect(FakeWorker.started).toEqual(['https://city.example/faq-chat.reader.js']);
    expect(file.value).toEqual({ read: URL });
    // The page's own request stopped at the headers.
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].signal?.aborted).toBe(true);
  });

  it('hands a file said to be large to a worker when the server gives no length, as one that compresses as it sends', async () => {
    serve(null);
    FakeWorker.answer = (worker, url) => setTimeout(() => worker.onmessage?.({ data: { value: { read: url } } }));
    expect((await fetchJson(URL, offThread, true)).value).toEqual({ read: URL });
    expect(FakeWorker.started).toEqual(['https://city.example/faq-chat.reader.js']);
    // With a length, the length decides.
    serve(2_000);
    expect((await fetchJson(URL, offThread, true)).value).toEqual({ entries: [] });
    expect(FakeWorker.started).toEqual([]);
  });

  it('passes on the reason a worker could not read the file', async () => {
    const fetch = serve(BIG);
    FakeWorker.answer = (worker) =>
      setTimeout(() => worker.onmessage?.({ data: { error: `${URL} could not be loaded (HTTP 404).`, final: true } }));
    const failed = fetchJson(URL, offThread);
    await expect(failed).rejects.toBeInstanceOf(FaqDataError);
    await expect(failed).rejects.toMatchObject({ message: `FaqChat: ${URL} could not be loaded (HTTP 404).`, url: URL, final: true });
    // A missing file stays missing: neither the page nor a second try reads it again.
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads the file on the page when the worker cannot start', async () => {
    const fetch = serve(BIG);
    FakeWorker.answer = (worker) => setTimeout(() => worker.onerror?.({ preventDefault() {} }));
    expect((await fetchJson(URL, offThread)).value).toEqual({ entries: [] });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reads the file on the page when the worker read it but could not send it, as data nested too deep to copy', async () => {
    const fetch = serve(BIG);
    // The worker's side runs for real; only sending the file fails, as structured clone does.
    FakeWorker.answer = (worker, url) => {
      const scope: WorkerScope = {
        onmessage: null,
        postMessage: (reply) => {
          if ('value' in reply) throw new DOMException('Maximum nesting depth exceeded', 'DataCloneError');
          setTimeout(() => worker.onmessage?.({ data: reply }));
        },
      };
      serveReads(scope);
      scope.onmessage?.({ data: url } as MessageEvent<string>);
    };
    expect((await fetchJson(URL, offThread)).value).toEqual({ entries: [] });
    // The page's headers, the worker's read, then the page's own read; no second worker.
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('reads the file on the page when the worker never answers, after the longest a read may take', async () => {
    vi.useFakeTimers();
    const fetch = serve(BIG);
    let worker: FakeWorker | undefined;
    FakeWorker.answer = (started) => (worker = started);
    const read = fetchJson(URL, offThread);
    await vi.advanceTimersByTimeAsync(READ_WITHIN_MS);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await read).value).toEqual({ entries: [] });
    expect(worker?.terminated).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe("the worker's reply", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).error;
  });

  it.each([null, 42, 'text', [[]], {}, { file: 1 }, { error: 42 }])(
    'is refused with a FaqDataError naming the file when it is %j, instead of leaving the read unsettled',
    async (reply) => {
      serve(BIG);
      FakeWorker.answer = (worker) => setTimeout(() => worker.onmessage?.({ data: reply }));
      const failed = offThread(URL);
      await expect(failed).rejects.toBeInstanceOf(FaqDataError);
      await expect(failed).rejects.toMatchObject({
        message: `FaqChat: ${URL} could not be read (the worker sent no file).`,
        url: URL,
      });
    },
  );

  it('is read by its own fields, whatever the page has added to Object.prototype', async () => {
    serve(BIG);
    (Object.prototype as Record<string, unknown>).error = 'polluted';
    FakeWorker.answer = (worker, url) => setTimeout(() => worker.onmessage?.({ data: { value: { read: url } } }));
    const file = await offThread(URL);
    expect(file.value).toEqual({ read: URL });
  });
});

describe('the worker', () => {
  const ask = (url: string) =>
    new Promise<unknown>((resolve) => {
      const scope: WorkerScope = { onmessage: null, postMessage: resolve };
      serveReads(scope);
      scope.onmessage?.({ data: url } as MessageEvent<string>);
    });

  it('sends back the parsed file', async () => {
    serve(BIG);
    expect(await ask(URL)).toEqual({ value: { entries: [] } });
  });

  it('sends back why a file could not be read, and whether trying again could help', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    expect(await ask(URL)).toEqual({ error: `${URL} could not be loaded (HTTP 404).`, final: true });
  });
});
