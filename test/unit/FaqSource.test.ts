import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { FaqSource } from '../../src/data/FaqSource';
import { validateLocaleFile } from '../../src/data/validate';
import { prebuild } from '../../src/search/FaqIndex';
import { INDEX_VERSION } from '../../src/search/prebuilt';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';

describe('FaqSource', () => {
  it('loads the manifest and a locale, once each', async () => {
    const { requested } = fetchFaqData();
    const source = new FaqSource(DATA_URL);
    expect(Object.keys((await source.manifest()).locales)).toEqual(['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh']);
    const [first, second] = await Promise.all([source.load('ko'), source.load('ko')]);
    expect(first).toBe(second);
    expect(first.file.entries).toHaveLength(16);
    expect(requested).toEqual([`${DATA_URL}index.json`, `${DATA_URL}ko.json`]);
  });

  it('names the file and the HTTP status when a file is missing', async () => {
    fetchFaqData('faq-data', { 'fr.json': null });
    await expect(new FaqSource(DATA_URL).load('fr')).rejects.toThrow(`FaqChat: ${DATA_URL}fr.json could not be loaded (HTTP 404).`);
  });

  it('tries a failed request once more after a pause, then names the file', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { fetch } = fetchFaqData('faq-data', { 'index.json': new TypeError('Failed to fetch') });
    const source = new FaqSource(DATA_URL);
    const failed = expect(source.manifest()).rejects.toThrow(`FaqChat: ${DATA_URL}index.json could not be loaded (Failed to fetch).`);
    await vi.runAllTimersAsync();
    await failed;
    expect(fetch).toHaveBeenCalledTimes(2);
    // A failure is not kept: the next call asks again.
    const again = expect(source.manifest()).rejects.toThrow();
    await vi.runAllTimersAsync();
    await again;
    expect(fetch).toHaveBeenCalledTimes(4);
    vi.useRealTimers();
  });

  it('gets the file when the second try succeeds after a server error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { fetch } = fetchFaqData();
    const real = fetch.getMockImplementation()!;
    fetch.mockImplementationOnce(async () => new Response('busy', { status: 503 }));
    fetch.mockImplementation(real);
    const manifest = new FaqSource(DATA_URL).manifest();
    await vi.runAllTimersAsync();
    expect((await manifest).defaultLocale).toBe('en');
    expect(fetch).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it("takes the loader's early locale file even when it reads the manifest before the loader has asked for it", async () => {
    // The loader and the app read the same manifest; the app may be first, and must not ask
    // for the locale file a second time.
    const { requested } = fetchFaqData();
    const served = (file: string) => Promise.resolve(new Response(readFileSync(`faq-data/${file}`, 'utf8')));
    const files = new Map([[`${DATA_URL}index.json`, served('index.json')]]);
    let ask = () => {};
    const asked = new Promise<void>((resolve) => (ask = resolve));
    const source = new FaqSource(DATA_URL, null, { files, asked });
    const loading = source.load('en');
    files.set(`${DATA_URL}en.json`, served('en.json'));
    ask();
    expect((await loading).file.entries.length).toBeGreaterThan(15);
    expect(requested).toEqual([]);
  });

  it('gives up on a host that does not answer after 10 s, twice', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = vi.fn(
      (_: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))),
    );
    vi.stubGlobal('fetch', fetch);
    const failed = expect(new FaqSource(DATA_URL).manifest()).rejects.toThrow(
      `FaqChat: ${DATA_URL}index.json could not be loaded (no answer within 10 s).`,
    );
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 + 1_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    await failed;
    vi.useRealTimers();
  });

  it('serves a locale from an index that holds its answers apart, and refuses a piece that is not of it', async () => {
    const { readFileSync } = await import('node:fs');
    const { validateLocaleFile } = await import('../../src/data/validate');
    const { prebuild } = await import('../../src/search/FaqIndex');
    const { file } = validateLocaleFile(JSON.parse(readFileSync('faq-data/en.json', 'utf8')), 'en.json', 'en');
    const { index, pieces } = await prebuild(file, 'en');
    const manifest = JSON.stringify({ version: 1, locales: { en: 'English' }, indexes: { en: { file: 'en.index.json', source: '' } } });
    const files = { 'index.json': manifest, 'en.index.json': JSON.stringify(index) };
    const [piece, { ids, answers }] = [...pieces][0];

    const { requested } = fetchFaqData('faq-data', { ...files, [piece]: JSON.stringify({ ids, answers }) });
    const loaded = await new FaqSource(DATA_URL).load('en');
    expect(requested).toEqual([`${DATA_URL}index.json`, `${DATA_URL}en.index.json`]);
    expect(loaded.file.entries.every((entry) => entry.answer === '')).toBe(true);
    expect(await loaded.answers!(['founded', 'nowhere'])).toEqual([file.entries.find(({ id }) => id === 'founded')!.answer, '']);
    expect(loaded.file.entries.find(({ id }) => id === 'founded')!.answer).toContain('1990');

    fetchFaqData('faq-data', { ...files, [piece]: JSON.stringify({ ids: ids.slice(1), answers: answers.slice(1) }) });
    const short = await new FaqSource(DATA_URL).load('en');
    await expect(short.answers!(['founded'])).rejects.toThrow(`${DATA_URL}${piece} is not the piece of answers its index names`);

    // An index that is broken, not of the entries it holds, or of an older faq:build, is
    // passed over: the widget reads the locale file and indexes it itself.
    const passedOver = [
      '{"version": 5, "engine": 5}',
      { ...index, ids: [...index.ids].reverse() },
      { ...index, version: INDEX_VERSION - 1 },
      { ...index, file: undefined },
      { ...index, answers: { per: 0, files: index.answers.files } },
      { ...index, answers: { ...index.answers, files: ['../en.answers-0.json'] } },
      { ...index, postings: [['founded', 'ac_____']] },
    ];
    for (const broken of passedOver) {
      const fallback = fetchFaqData('faq-data', {
        ...files,
        'en.index.json': typeof broken === 'string' ? broken : JSON.stringify(broken),
      });
      const read = await new FaqSource(DATA_URL).load('en');
      expect(fallback.requested).toContain(`${DATA_URL}en.json`);
      expect(read.answers).toBeUndefined();
      expect(read.index.search('When did ICLEI start?').best?.answer).toContain('1990');
    }
  });

  describe('a piece of answers of another build, as a page open across "npm run faq:build" gets', async () => {
    const { file } = validateLocaleFile(JSON.parse(readFileSync('faq-data/en.json', 'utf8')), 'en.json', 'en');
    const { index, pieces } = await prebuild(file, 'en');
    const manifest = JSON.stringify({ version: 1, locales: { en: 'English' }, indexes: { en: { file: 'en.index.json', source: '' } } });
    const files = { 'index.json': manifest, 'en.index.json': JSON.stringify(index) };
    const [piece, ours] = [...pieces][0];
    // The next build moved the second entry first: as many answers, in another order.
    const moved = (list: string[]) => [list[1], list[0], ...list.slice(2)];
    const theirs = JSON.stringify({ ids: moved(ours.ids), answers: moved(ours.answers) });
    const second = file.entries[1];

    it('is refused, asked for once more past the cache, and then fails as a missing piece does', async () => {
      const { fetch, requested } = fetchFaqData('faq-data', { ...files, [piece]: theirs });
      const loaded = await new FaqSource(DATA_URL).load('en');
      await expect(loaded.answers!([second.id])).rejects.toThrow(`${DATA_URL}${piece} is not the piece of answers its index names`);
      expect(requested.filter((url) => url.endsWith(piece))).toHaveLength(2);
      expect((fetch.mock.calls.at(-1) as unknown as [string, RequestInit])[1].cache).toBe('reload');
      expect(loaded.file.entries.find(({ id }) => id === second.id)!.answer).toBe('');
    });

    it('gives way to the right piece when the server has it', async () => {
      const { fetch } = fetchFaqData('faq-data', { ...files, [piece]: JSON.stringify(ours) });
      const real = fetch.getMockImplementation()!;
      fetch.mockImplementation(async (input, init) =>
        String(input).endsWith(piece) && init?.cache !== 'reload' ? new Response(theirs) : real(input, init),
      );
      const loaded = await new FaqSource(DATA_URL).load('en');
      expect(await loaded.answers!([second.id])).toEqual([second.answer]);
    });
  });

  it('does not ask twice for a file that is not there', async () => {
    const { requested } = fetchFaqData('faq-data', { 'es.json': null });
    await expect(new FaqSource(DATA_URL).load('es')).rejects.toThrow('HTTP 404');
    expect(requested.filter((url) => url.endsWith('es.json'))).toHaveLength(1);
  });

  it('reads a file that starts with a byte order mark, as some editors write it', async () => {
    const { readFileSync } = await import('node:fs');
    fetchFaqData('faq-data', { 'en.json': `\uFEFF${readFileSync('faq-data/en.json', 'utf8')}` });
    const { index } = await new FaqSource(DATA_URL).load('en');
    expect(index.search('When did ICLEI start?').best?.id).toBe('founded');
  });

  it('names the line and column of malformed JSON, and the command that explains it', async () => {
    fetchFaqData('faq-data', { 'en.json': '{"entries": [\n  {"id": "a"},\n]}' });
    await expect(new FaqSource(DATA_URL).load('en')).rejects.toThrow(
      `FaqChat: ${DATA_URL}en.json is not valid JSON. Run "npm run faq:check" to see where the mistake is.`,
    );
  });

  it('warns once per file about the entries it left out, and serves the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const entries = [
      { id: 'ok', question: 'Q?', answer: 'A.' },
      { id: 'bad', question: 'Q?' },
      { id: 'ok', question: 'Again?', answer: 'B.' },
    ];
    fetchFaqData('faq-data', { 'en.json': JSON.stringify({ locale: 'en', entries }) });
    const { file } = await new FaqSource(DATA_URL).load('en');
    expect(file.entries.map((entry) => entry.id)).toEqual(['ok']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(`FaqChat: ${DATA_URL}en.json: left out bad (answer); ok (duplicate id; the first one is kept).`);
  });
});
