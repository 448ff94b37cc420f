// translations/record.json as the tools read it. Its keys are locales and entry ids, which
// editors choose: "constructor" and "__proto__" are valid ids. So the record is copied into
// objects without a prototype, where a key is only ever what the file says, and its shape is
// checked before anything looks inside.
import { type SourceText, TRANSLATIONS_FILE, type TranslationRecord } from './sourceVersion';

/** The record, or what is wrong with it as one sentence for the editor. */
export function readTranslationRecord(value: unknown): { record: TranslationRecord } | { mistake: string } {
  const wrong = (what: string) => ({
    mistake:
      `${TRANSLATIONS_FILE} is written by "npm run faq:translated" and is not as that command writes it (${what}): ` +
      'delete it and run "npm run faq:translated -- --all" after checking the translations.',
  });
  const root = ownFields(value);
  if (!root) return wrong('it must be an object');
  const translatedFrom = ownFields(root.translatedFrom);
  if (!translatedFrom) return wrong('"translatedFrom" must be an object, by locale');
  const sources = ownFields(root.sources);
  if (!sources) return wrong('"sources" must be an object, by entry id');
  const reviewed = root.reviewed === undefined ? Object.create(null) : ownFields(root.reviewed);
  if (!reviewed) return wrong('"reviewed" must be an object, by locale');
  const record: TranslationRecord = { translatedFrom: Object.create(null), sources: Object.create(null), reviewed: Object.create(null) };
  // Both maps hold a version by locale and entry id.
  for (const [map, byLocale] of [
    ['translatedFrom', translatedFrom],
    ['reviewed', reviewed],
  ] as const) {
    for (const [locale, byId] of Object.entries(byLocale)) {
      const versions = ownFields(byId);
      if (!versions) return wrong(`"${map}" › "${locale}" must be an object, by entry id`);
      record[map][locale] = Object.create(null);
      for (const [id, version] of Object.entries(versions)) {
        if (typeof version !== 'string') return wrong(`"${map}" › "${locale}" › "${id}" must be a version, a text`);
        record[map][locale][id] = version;
      }
    }
  }
  for (const [id, byVersion] of Object.entries(sources)) {
    const texts = ownFields(byVersion);
    if (!texts) return wrong(`"sources" › "${id}" must be an object, by version`);
    record.sources[id] = Object.create(null);
    for (const [version, text] of Object.entries(texts)) {
      const fields = ownFields(text);
      if (typeof fields?.question !== 'string' || typeof fields.answer !== 'string')
        return wrong(`"sources" › "${id}" › "${version}" must have a "question" and an "answer"`);
      record.sources[id][version] = { question: fields.question, answer: fields.answer } satisfies SourceText;
    }
  }
  return { record };
}

/** An empty record, for a folder that has none yet. */
export function emptyRecord(): TranslationRecord {
  return { translatedFrom: Object.create(null), sources: Object.create(null), reviewed: Object.create(null) };
}

// A JSON object's own fields in an object without a prototype, or null for anything else.
function ownFields(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.assign(Object.create(null), value);
}
