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

  it('compares a translation with the first of two entries that share an id, the one the widget keeps', async () => {
    const first = entry('founded', 'When was ICLEI founded?');
    const second = entry('founded', 'A copy, edited later');
    const version = await sourceVersion(first);
    const sources = { founded: { [version]: { question: first.question, answer: first.answer } } };
    const record = json('translations/record.json', { translatedFrom: { fr: { founded: version } }, sources });
    const fr = [entry('founded', 'Quand ICLEI a-t-il été fondé ?'), entry('founded', 'Une copie')];
    expect(await staleTranslations(record, 'en', locales([first, second], fr))).toEqual([]);
    // Changed in the first entry, it is reported once, against the first entry's text.
    const changed = await staleTranslations(record, 'en', locales([entry('founded', 'When did ICLEI start?'), second], fr));
    expect(changed.map(({ entry }) => entry)).toEqual(['founded']);
    expect(changed[0].message).toContain('the question said "When was ICLEI founded?", now "When did ICLEI start?"');
    expect(changed[0].line).toBeDefined();
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
      reviewed: { fr: { constructor: await sourceVersion(entry('constructor', 'Qui ?')) } },
    });
    expect(Object.hasOwn(Object, version)).toBe(false);
  });

  it('records the first of two entries that share an id, the one the widget keeps', async () => {
    const source = [entry('founded', 'When was ICLEI founded?'), entry('founded', 'A copy')];
    const { record } = await markTranslated(empty(), source, 'fr', [entry('founded', 'Quand ?'), entry('founded', 'Copie')], []);
    expect(record.translatedFrom.fr.founded).toBe(await sourceVersion(source[0]));
    expect(Object.values(record.sources.founded)).toEqual([
      { question: 'When was ICLEI founded?', answer: 'When was ICLEI founded?: the answer.' },
    ]);
  });

  it('lists what it marks, and refuses a stale entry whose translation did not change unless forced', async () => {
    const before = [entry('founded', 'When was ICLEI founded?'), entry('members', 'Who are the members?')];
    const fr = [entry('founded', 'Quand ?'), entry('members', 'Qui ?')];
    const first = await markTranslated(empty(), before, 'fr', fr, []);
    expect(first).toMatchObject({ marked: ['founded', 'members'], current: [], unchanged: [] });
    const after = [entry('founded', 'When did ICLEI start?'), before[1]];
    const refused = await markTranslated(first.record, after, 'fr', fr, []);
    expect(refused).toMatchObject({ marked: [], current: ['members'], unchanged: ['founded'] });
    expect(refused.record.translatedFrom.fr.founded).toBe(first.record.translatedFrom.fr.founded);
    const forced = await markTranslated(first.record, after, 'fr', fr, ['founded'], { force: true });
    expect(forced).toMatchObject({ marked: ['founded'], unchanged: [] });
    const edited = await markTranslated(first.record, after, 'fr', [entry('founded', 'Quand a-t-il commencé ?'), fr[1]], []);
    expect(edited).toMatchObject({ marked: ['founded'], current: ['members'], unchanged: [] });
    expect(edited.record.translatedFrom.fr.founded).toBe(await sourceVersion(after[0]));
  });

  it("asks for --force for a stale entry that a record without translations' versions holds", async () => {
    const source = [entry('founded', 'When did ICLEI start?')];
    const old = readTranslationRecord({ translatedFrom: { fr: { founded: 'older' } }, sources: {} });
    if (!('record' in old)) throw new Error(old.mistake);
    expect(await markTranslated(old.record, source, 'fr', [entry('founded', 'Quand ?')], [])).toMatchObject({ unchanged: ['founded'] });
  });
});

function empty() {
  const read = readTranslationRecord({ translatedFrom: {}, sources: {} });
  if (!('record' in read)) throw new Error(read.mistake);
  return read.record;
}
