// translations/record.json holds entry ids as keys, and editors choose ids: "constructor" is
// one. Neither faq:check nor faq:translated may take such an id for Object's own.
import { describe, expect, it } from 'vitest';
import { type JsonFile, readJson } from '../../src/check/readJson';
import { sourceVersion } from '../../src/check/sourceVersion';
import { staleTranslations } from '../../src/check/staleTranslations';
import { readTranslationRecord } from '../../src/check/translationRecord';
import { markTranslated } from '../../src/editor/markTranslated';

const entry = (id: string, question: string) => ({ id, question, answer: `${question}: the answer.` });
const json = (name: string, value: unknown) => readJson(name, JSON.stringify(value)) as JsonFile;
const locales = (en: object[], fr: object[]) =>
  new Map([
    ['en', json('en.json', { entries: en })],
    ['fr', json('fr.json', { entries: fr })],
  ]);

describe('staleTranslations', () => {
  it('reads an entry named "constructor" as any other id', async () => {
    const record = json('translations/record.json', { translatedFrom: { fr: { constructor: 'name' } }, sources: {} });
    const problems = await staleTranslations(record, 'en', locales([entry('constructor', 'Who builds?')], [entry('constructor', 'Qui ?')]));
    expect(problems.map(({ level, entry, message }) => ({ level, entry, message }))).toEqual([
      {
        level: 'warning',
        entry: 'constructor',
        message:
          'en.json changed since this was translated: its question is now "Who builds?". ' +
          'When it says what en.json says, run "npm run faq:translated -- fr constructor".',
      },
    ]);
  });

  it('reports a record that is not as faq:translated writes it as one plain error', async () => {
    for (const value of [{ translatedFrom: null, sources: {} }, { translatedFrom: { fr: 'x' }, sources: {} }, [], null]) {
      const problems = await staleTranslations(json('translations/record.json', value), 'en', locales([], []));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ level: 'error', file: 'translations/record.json' });
      expect(problems[0].message).toMatch(/^translations\/record\.json is written by "npm run faq:translated" and is not as that command/);
    }
  });
});

describe('readTranslationRecord', () => {
  it('keeps ids such as "__proto__" and "constructor" as keys of the file, never of Object', () => {
    const read = readTranslationRecord(JSON.parse('{"translatedFrom": {"fr": {"__proto__": "v1"}}, "sources": {}}'));
    if (!('record' in read)) throw new Error(read.mistake);
    expect(Object.keys(read.record.translatedFrom.fr)).toEqual(['__proto__']);
    expect(read.record.translatedFrom.fr.constructor).toBeUndefined();
    expect(read.record.sources.constructor).toBeUndefined();
  });
});

describe('markTranslated', () => {
  it('records the source text of an entry named "constructor"', async () => {
    const source = [entry('constructor', 'Who builds?')];
    const read = readTranslationRecord({ translatedFrom: {}, sources: {} });
    if (!('record' in read)) throw new Error(read.mistake);
    const { record, marked } = await markTranslated(read.record, source, 'fr', [entry('constructor', 'Qui ?')], []);
    const version = await sourceVersion(source[0]);
    expect(marked).toEqual(['constructor']);
    expect(JSON.parse(JSON.stringify(record))).toEqual({
      translatedFrom: { fr: { constructor: version } },
      sources: { constructor: { [version]: { question: 'Who builds?', answer: 'Who builds?: the answer.' } } },
    });
    expect(Object.hasOwn(Object, version)).toBe(false);
  });
});
