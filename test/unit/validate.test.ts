import { describe, expect, it } from 'vitest';
import { isDataFileName, isLocaleCode, validateLocaleFile, validateLocaleFileInSlices, validateManifest } from '../../src/data/validate';
import { MAX_ANSWER_LENGTH } from '../../src/data/format';

const URL = 'https://city.example/faq-data/en.json';
const entry = (fields: object) => ({ id: 'a', question: 'Q?', answer: 'A.', ...fields });

describe('validateManifest', () => {
  it('reads the locales and the default locale', () => {
    expect(validateManifest({ version: 1, defaultLocale: 'fr', locales: { en: 'English', fr: 'Français' } }, URL)).toEqual({
      version: 1,
      defaultLocale: 'fr',
      locales: { en: 'English', fr: 'Français' },
      indexes: {},
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

describe('the names of files and locales in a manifest', () => {
  it('ignores a prebuilt index whose file would leave the data folder or is no JSON file', () => {
    const indexes = {
      en: { file: 'en.index.json', source: 'a' },
      es: { file: '../es.index.json', source: 'a' },
      fr: { file: 'https://elsewhere.example/fr.index.json', source: 'a' },
      pt: { file: '%2e%2e/pt.index.json', source: 'a' },
      ko: { file: '/ko.index.json', source: 'a' },
      ja: { file: 'ja.index.txt', source: 'a' },
      zh: { file: 'indexes\\..\\..\\zh.json', source: 'a' },
      de: { file: 'indexes/de.index.json', source: 'a' },
      it: { file: 'it.index.json', source: 'a' },
    };
    const locales = Object.fromEntries(Object.keys(indexes).map((code) => [code, code]));
    expect(Object.keys(validateManifest({ locales, indexes }, URL).indexes ?? {})).toEqual(['en', 'it']);
  });

  it.each(['en', 'zh-Hant', 'pt-BR', 'EN'])('takes %j for a locale code', (code) => expect(isLocaleCode(code)).toBe(true));
  it.each(['../../outside/victim', 'en/x', 'constructor', '__proto__', 'en.x', '', ' en'])(
    'refuses %j as a locale code, which is no BCP 47 tag',
    (code) => expect(isLocaleCode(code)).toBe(false),
  );
  it.each(['en.index.json', 'zh-Hant.index.json'])('takes %j for a file of the folder', (name) => expect(isDataFileName(name)).toBe(true));
  it.each([
    '../en.index.json',
    'a/../../b.json',
    './en.json',
    '.hidden.json',
    'en.index',
    'file:///etc/passwd.json',
    'C:\\x.json',
    'indexes/en.json',
    42,
  ])('refuses %j as a file of the folder', (name) => expect(isDataFileName(name)).toBe(false));
});

describe('validateLocaleFile', () => {
  it('keeps valid entries and names every skipped one with its fields', () => {
    const { file, problems } = validateLocaleFile(
      {
        locale: 'en',
        entries: [
          entry({}),
          entry({ id: 'b', answer: '' }),
          entry({ id: 'c', url: 'javascript:alert(1)' }),
          'text',
          entry({ related: 'x' }),
        ],
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

  it(`leaves out an entry whose answer is over ${MAX_ANSWER_LENGTH} characters, and keeps one of exactly that length`, () => {
    const { file, problems } = validateLocaleFile(
      {
        entries: [
          entry({ id: 'long', answer: 'x'.repeat(MAX_ANSWER_LENGTH + 1) }),
          entry({ id: 'full', answer: 'x'.repeat(MAX_ANSWER_LENGTH) }),
        ],
      },
      URL,
      'en',
    );
    expect(file.entries.map((e) => e.id)).toEqual(['full']);
    expect(problems).toEqual(['long (answer)']);
  });

  it('ignores ui strings that nest other strings with $t(…), which grow exponentially', () => {
    const ui = { send: '$t(close) $t(close)', close: 'Close {{x}}' };
    const { file, problems } = validateLocaleFile({ ui, entries: [entry({})] }, URL, 'en');
    expect(file.ui).toBeUndefined();
    expect(problems).toEqual(['"ui" (not in the expected form; ignored)']);
    expect(validateLocaleFile({ ui: { close: 'Close {{x}}' }, entries: [] }, URL, 'en').file.ui).toEqual({ close: 'Close {{x}}' });
  });

  it('rejects a file without an entries list', () => {
    expect(() => validateLocaleFile({ locale: 'en' }, URL, 'en')).toThrow(`FaqChat: ${URL} must be an object with an "entries" list.`);
  });
});

describe('a locale file of 200,000 entries', () => {
  const entries = Array.from({ length: 200_000 }, (_, index) => ({
    id: `e-${index}`,
    question: `Question ${index}?`,
    answer: `Answer ${index}.`,
  }));

  it('is checked in slices, so that the page handles its events meanwhile', async () => {
    let turns = 0;
    const turn = setInterval(() => turns++, 0);
    const checking = validateLocaleFileInSlices({ locale: 'en', entries }, 'en.json', 'en');
    const { file } = await checking;
    clearInterval(turn);
    expect(file.entries).toHaveLength(200_000);
    expect(turns).toBeGreaterThan(0);
  });

  it('keeps the same entries and problems as the check in one go', async () => {
    const mixed = [...entries.slice(0, 1000), { id: 'e-3' }, null, entries[5]];
    const sliced = await validateLocaleFileInSlices({ locale: 'en', entries: mixed }, 'en.json', 'en');
    expect(sliced).toEqual(validateLocaleFile({ locale: 'en', entries: mixed }, 'en.json', 'en'));
  });
});
