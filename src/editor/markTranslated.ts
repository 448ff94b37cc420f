// Records that a locale's entries say what the default locale's entries say now.
import { sourceVersion, type TranslationRecord } from '../check/sourceVersion';
import type { Entry } from '../data/format';

/**
 * The record with `ids` of `locale` (all its entries when none are named) marked as
 * translated from the current default-locale text. Texts no translation refers to any
 * more are dropped, so that the file holds one copy of each text still needed.
 */
export async function markTranslated(
  record: TranslationRecord,
  source: Entry[],
  locale: string,
  translated: Entry[],
  ids: string[],
): Promise<{ record: TranslationRecord; marked: string[]; unknown: string[] }> {
  const sourceById = new Map(source.map((entry) => [entry.id, entry]));
  const held = new Set(translated.map((entry) => entry.id));
  const wanted = ids.length ? ids : translated.map((entry) => entry.id);
  const unknown = wanted.filter((id) => !held.has(id) || !sourceById.has(id));
  const marked = wanted.filter((id) => !unknown.includes(id));
  // Copies without a prototype: an id such as "constructor" must not find Object's own.
  const translatedFrom = copy(record.translatedFrom);
  const sources = copy(record.sources);
  translatedFrom[locale] ??= Object.create(null);
  for (const id of marked) {
    const { question, answer } = sourceById.get(id)!;
    const version = await sourceVersion({ question, answer });
    translatedFrom[locale][id] = version;
    (sources[id] ??= Object.create(null))[version] = { question, answer };
  }
  const used = new Set(Object.values(translatedFrom).flatMap((byId) => Object.entries(byId).map(([id, version]) => `${id} ${version}`)));
  const kept: TranslationRecord['sources'] = Object.create(null);
  for (const [id, versions] of Object.entries(sources)) {
    for (const [version, text] of Object.entries(versions))
      if (used.has(`${id} ${version}`)) (kept[id] ??= Object.create(null))[version] = text;
  }
  return { record: { translatedFrom: sorted(translatedFrom), sources: sorted(kept) }, marked, unknown };
}

// Two levels of a record, each in an object without a prototype.
function copy<T>(object: Record<string, Record<string, T>>): Record<string, Record<string, T>> {
  const copied: Record<string, Record<string, T>> = Object.create(null);
  for (const [key, inner] of Object.entries(object)) copied[key] = Object.assign(Object.create(null), inner);
  return copied;
}

// Keys in order, so that the file changes only where a record changes.
function sorted<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, object[key]]),
  );
}
