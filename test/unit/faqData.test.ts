// The shipped ICLEI data: every locale complete and consistent, as the README's "The FAQ data" asks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLocaleFile, validateManifest } from '../../src/data/validate';
import en from '../../src/i18n/en.json';

const read = (path: string) => JSON.parse(readFileSync(`faq-data/${path}`, 'utf8'));
const manifest = validateManifest(read('index.json'), 'index.json');
const IDS = [
  'what-is-iclei',
  'what-iclei-does',
  'members',
  'name-meaning',
  'founded',
  'structure',
  'headquarters',
  'un-organization',
  'why-join',
  'member-benefits',
  'member-accomplishments',
  'membership-requirements',
  'how-to-join',
  'un-relationship',
  'international-role',
  'agenda-21',
];

describe('the ICLEI faq-data', () => {
  it('lists the seven locales', () => {
    expect(Object.keys(manifest.locales)).toEqual(['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh']);
    expect(manifest.defaultLocale).toBe('en');
  });

  describe.each(Object.keys(manifest.locales))('%s', (locale) => {
    const raw = read(`${locale}.json`);
    const { file, problems } = validateLocaleFile(raw, `${locale}.json`, locale);
    const ids = new Set(file.entries.map((entry) => entry.id));

    it('is valid, with the 16 entries every locale must have', () => {
      expect(problems).toEqual([]);
      expect(raw.locale).toBe(locale);
      expect(raw.$schema).toBe('./faq.schema.json');
      expect(file.entries.map((entry) => entry.id)).toEqual(IDS);
    });

    it('refers only to entries and categories that exist', () => {
      const categories = new Set(file.categories?.map((category) => category.id));
      for (const entry of file.entries) {
        expect(categories.has(entry.category!), `${entry.id} category`).toBe(true);
        for (const related of entry.related ?? []) expect(ids.has(related), `${entry.id} → ${related}`).toBe(true);
      }
      for (const suggestion of file.suggestions ?? []) expect(ids.has(suggestion)).toBe(true);
    });

    it('has UI strings for every key, with the plural forms of its language, unless it is English', () => {
      if (locale === 'en') return expect(file.ui).toBeUndefined();
      // i18next picks key_one, key_other… by Intl.PluralRules; "many" (French and others)
      // is for millions, more than any count the widget shows.
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((form) => form !== 'many');
      const plural = /_(one|other)$/;
      const wanted = new Set(
        Object.keys(en).flatMap((key) => (plural.test(key) ? forms.map((form) => key.replace(plural, `_${form}`)) : [key])),
      );
      expect(Object.keys(file.ui ?? {}).sort()).toEqual([...wanted].sort());
    });

    it('has test questions that expect existing entries, and off-topic ones', () => {
      const tests: { q: string; expect: string[] }[] = read(`tests/${locale}.json`);
      for (const test of tests) for (const id of test.expect) expect(ids.has(id), `${test.q} → ${id}`).toBe(true);
      for (const id of IDS) expect(tests.filter((test) => test.expect.includes(id)).length, id).toBeGreaterThanOrEqual(3);
      expect(tests.filter((test) => test.expect.length === 0).length).toBeGreaterThanOrEqual(5);
    });
  });
});

describe('the Spanish UI strings', () => {
  it('address the visitor as usted throughout, as the answers and most strings do, never as tú', () => {
    const ui: Record<string, string> = read('es.json').ui;
    // Second-person singular forms of tú, and the verbs of the widget's strings in that form.
    const tu = /\b(tu|tus|te|ti|contigo|escribe|elige|elígela|dijiste|prueba|consulta|inténtalo|recarga|ayudarte|pregúntame)\b/iu;
    expect(Object.entries(ui).filter(([, text]) => tu.test(text))).toEqual([]);
  });
});
