// faq.schema.json, the help editors see while typing, agrees with the data and the rules.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync('faq-data/faq.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const read = (name: string) => JSON.parse(readFileSync(`faq-data/${name}`, 'utf8'));

describe('faq.schema.json', () => {
  it.each(readdirSync('faq-data').filter((name) => name.endsWith('.json') && name !== 'faq.schema.json'))(
    'accepts the shipped %s',
    (name) => {
      expect(validate(read(name)), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each([
    ['an entry without an answer', { locale: 'en', entries: [{ id: 'a', question: 'Q?' }] }],
    ['an id with capitals', { locale: 'en', entries: [{ id: 'About', question: 'Q?', answer: 'A.' }] }],
    ['a javascript: link', { locale: 'en', entries: [{ id: 'a', question: 'Q?', answer: 'A.', url: 'javascript:alert(1)' }] }],
    ['a misspelled field', { locale: 'en', entries: [{ id: 'a', question: 'Q?', answer: 'A.', answr: 'A.' }] }],
    ['a manifest with a second version', { version: 2, locales: { en: 'English' } }],
    ['an answer over 10,000 characters', { locale: 'en', entries: [{ id: 'a', question: 'Q?', answer: 'x'.repeat(10_001) }] }],
    ['a ui string that nests another with $t(…)', { locale: 'en', ui: { send: '$t(close)' }, entries: [] }],
    [
      'an index file outside the folder',
      { version: 1, locales: { en: 'English' }, indexes: { en: { file: '../en.index.json', source: 'a' } } },
    ],
    ['an index file in a subfolder', { version: 1, locales: { en: 'English' }, indexes: { en: { file: 'indexes/en.json', source: 'a' } } }],
  ])('rejects %s', (_, data) => {
    expect(validate(data)).toBe(false);
  });

  it('describes every field', () => {
    for (const definition of ['manifest', 'localeFile', 'entry']) {
      for (const [field, property] of Object.entries<Record<string, unknown>>(schema.$defs[definition].properties)) {
        if (field === '$schema') continue;
        expect(
          property.description ?? schema.$defs[String(property.$ref).split('/').pop()!]?.description,
          `${definition}.${field}`,
        ).toBeTruthy();
      }
    }
  });
});
