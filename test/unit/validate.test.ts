import { describe, expect, it } from 'vitest';
import { validateLocaleFile, validateManifest } from '../../src/data/validate';

const URL = 'https://city.example/faq-data/en.json';
const entry = (fields: object) => ({ id: 'a', question: 'Q?', answer: 'A.', ...fields });

describe('validateManifest', () => {
  it('reads the locales and the default locale', () => {
    expect(validateManifest({ version: 1, defaultLocale: 'fr', locales: { en: 'English', fr: 'Français' } }, URL)).toEqual({
      version: 1,
      defaultLocale: 'fr',
      locales: { en: 'English', fr: 'Français' },
    });
  });

  it('falls back to the first locale when the default is not listed', () => {
    expect(validateManifest({ defaultLocale: 'de', locales: { en: 'English' } }, URL).defaultLocale).toBe('en');
  });

  it('rejects a manifest without locales, naming the file', () => {
    expect(() => validateManifest({ version: 1 }, URL)).toThrow(`FaqChat: ${URL} must be an object with "locales"`);
    expect(() => validateManifest([], URL)).toThrow(URL);
  });

  it('rejects another version of the format', () => {
    expect(() => validateManifest({ version: 2, locales: { en: 'English' } }, URL)).toThrow('but this widget reads version 1');
  });
});

describe('validateLocaleFile', () => {
  it('keeps valid entries and names every skipped one with its fields', () => {
    const { file, problems } = validateLocaleFile(
      {
        locale: 'en',
        entries: [entry({}), entry({ id: 'b', answer: '' }), entry({ id: 'c', url: 'javascript:alert(1)' }), 'text', entry({ related: 'x' })],
      },
      URL,
      'en',
    );
    expect(file.entries.map((e) => e.id)).toEqual(['a']);
    expect(problems).toEqual(['b (answer)', 'c (url)', '#4 (not an object)', 'a (related)']);
  });

  it('keeps the first of two entries with the same id', () => {
    const { file, problems } = validateLocaleFile({ entries: [entry({ answer: 'first' }), entry({ answer: 'second' })] }, URL, 'en');
    expect(file.entries).toEqual([entry({ answer: 'first' })]);
    expect(problems).toEqual(['a (duplicate id; the first one is kept)']);
  });

  it('drops an unsafe contact link but keeps the entries', () => {
    const { file, problems } = validateLocaleFile(
      { contact: { label: 'Us', url: 'javascript:alert(1)' }, entries: [entry({})] },
      URL,
      'en',
    );
    expect(file.contact).toBeUndefined();
    expect(file.entries).toHaveLength(1);
    expect(problems).toEqual(['"contact" (not in the expected form; ignored)']);
  });

  it('copies only known fields, so "__proto__" in the data stays inert', () => {
    const raw = JSON.parse('{"entries": [{"id": "a", "question": "Q?", "answer": "A.", "__proto__": {"polluted": true}}]}');
    const { file } = validateLocaleFile(raw, URL, 'en');
    expect(Object.getPrototypeOf(file.entries[0])).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a file without an entries list', () => {
    expect(() => validateLocaleFile({ locale: 'en' }, URL, 'en')).toThrow(`FaqChat: ${URL} must be an object with an "entries" list.`);
  });
});
