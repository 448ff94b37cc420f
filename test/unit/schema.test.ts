// faq.schema.json, the help editors see while typing, agrees with the data and the rules.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ENTRY, type Field, fieldsOf, ID, LOCALE_FILE, MANIFEST, MAX_ANSWER_LENGTH, requiredOf } from '../../src/data/format';
import { isLocaleCode } from '../../src/data/validate';

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

// The schema is written by hand, for its descriptions and examples; these tests hold it to
// the one description of the format that the widget and the checker read (format.ts).
describe('faq.schema.json and src/data/format.ts', () => {
  const ajv = new Ajv2020({ allErrors: true }).addSchema(schema);
  const definition = (name: string) => ajv.compile({ $ref: `faq.schema.json#/$defs/${name}` });
  const tables = [
    ['manifest', MANIFEST, true],
    ['localeFile', LOCALE_FILE, true],
    ['entry', ENTRY, false],
  ] as const;

  it.each(tables)('names the same fields of the %s, and requires the same', (name, table, inFile) => {
    const described = schema.$defs[name];
    expect(Object.keys(described.properties).sort()).toEqual(fieldsOf(table, inFile).sort());
    expect([...described.required].sort()).toEqual(requiredOf(table).sort());
  });

  it('writes ids and answers under the same rules', () => {
    expect(new RegExp(schema.$defs.id.pattern).source).toBe(ID.source);
    expect(schema.$defs.entry.properties.answer.maxLength).toBe(MAX_ANSWER_LENGTH);
  });

  // Values of every kind, good and bad, for every field.
  const samples: unknown[] = [
    'how-to-join',
    'en',
    'zh-Hant',
    'pt-BR',
    'es-419',
    'A text.',
    '',
    '   ',
    'https://example.org/page',
    '/contact',
    'javascript:alert(1)',
    'https://exa mple.org',
    'x'.repeat(MAX_ANSWER_LENGTH + 1),
    7,
    null,
    true,
    [],
    ['one', 'two'],
    ['one', ''],
    [7],
    {},
    { label: 'Write to us', url: 'mailto:info@example.org' },
    { label: 'Write to us', url: 'javascript:alert(1)' },
    { send: 'Send' },
    { send: '$t(close)' },
    [{ id: 'about', title: 'About' }],
    [{ id: 'about' }],
  ];
  // The widget takes any text where an id belongs; the schema, like faq:check, asks for
  // the form editors must write.
  const isId = (value: unknown) => typeof value === 'string' && ID.test(value);
  const ids = (value: unknown) => Array.isArray(value) && value.every(isId);
  const editorsForm: Record<string, (value: unknown) => boolean> = {
    id: isId,
    category: isId,
    related: ids,
    suggestions: ids,
    locale: (value) => typeof value === 'string' && isLocaleCode(value),
  };
  const agree = (name: string, table: Record<string, Field>, base: object) => {
    const validate = definition(name);
    for (const [field, rule] of Object.entries(table)) {
      if (field === 'entries') continue;
      for (const value of samples) {
        const widget = rule.accepts(value) && (editorsForm[field]?.(value) ?? true);
        expect(validate({ ...base, [field]: value }), `${field}: ${JSON.stringify(value)?.slice(0, 40)}`).toBe(widget);
      }
    }
  };

  it('accepts in each field of an entry what the widget accepts', () => {
    agree('entry', ENTRY, { id: 'a', question: 'Q?', answer: 'A.' });
  });

  it('accepts in each field of a locale file what the widget accepts', () => {
    agree('localeFile', LOCALE_FILE, { locale: 'en', entries: [] });
  });
});
