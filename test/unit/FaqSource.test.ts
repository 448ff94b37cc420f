import { describe, expect, it, vi } from 'vitest';
import { FaqSource } from '../../src/data/FaqSource';
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

  it('names the file when the network fails, and tries again on the next call', async () => {
    const { fetch } = fetchFaqData('faq-data', { 'index.json': new TypeError('Failed to fetch') });
    const source = new FaqSource(DATA_URL);
    await expect(source.manifest()).rejects.toThrow(`FaqChat: ${DATA_URL}index.json could not be loaded (Failed to fetch).`);
    await expect(source.manifest()).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('names the file when its JSON is malformed', async () => {
    fetchFaqData('faq-data', { 'en.json': '{"entries": [}' });
    await expect(new FaqSource(DATA_URL).load('en')).rejects.toThrow(`FaqChat: ${DATA_URL}en.json is not valid JSON`);
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
