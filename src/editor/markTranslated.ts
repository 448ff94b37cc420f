// Records that a locale's entries say what the default locale's entries say now.
import { sourceVersion, type TranslationRecord } from '../check/sourceVersion';
import type { Entry } from '../data/format';

/** What marking did, by entry id. */
export interface Marked {
  record: TranslationRecord;
  /** Marked now: entries whose record changed (newly recorded, or stale and reviewed). */
  marked: string[];
  /** Already recorded as translated from the current default-locale text. */
  current: string[];
  /** Not marked: the translation or the default locale lacks them. */
  unknown: string[];
  /**
   * Not marked: the default locale's entry changed since the translation was marked, and the
   * translation did not change since (or the record does not say), so it likely still says
   * the old text. `force` marks them anyway.
   */
  unchanged: string[];
}

/**
 * The record with `ids` of `locale` (all its entries when none are named) marked as
 * translated from the current default-locale text. Texts no translation refers to any
 * more are dropped, so that the file holds one copy of each text still needed. Where an
 * id is given twice in a file, the first entry counts, as in the widget.
 */
export async function markTranslated(
  record: TranslationRecord,
  source: Entry[],
  locale: string,
  translated: Entry[],
  ids: string[],
  { force = false } = {},
): Promise<Marked> {
  const sourceById = firstById(source);
  const translatedById = firstById(translated);
  const wanted = [...new Set(ids.length ? ids : translated.map((entry) => entry.id))];
  const unknown = wanted.filter((id) => !translatedById.has(id) || !sourceById.has(id));
  // Copies without a prototype: an id such as "constructor" must not find Object's own.
  const translatedFrom = copy(record.translatedFrom);
  const sources = copy(record.sources);
  const reviewed = copy(record.reviewed);
  translatedFrom[locale] ??= Object.create(null);
  reviewed[locale] ??= Object.create(null);
  const result: Omit<Marked, 'record'> = { marked: [], current: [], unknown, unchanged: [] };
  for (const id of wanted.filter((id) => !unknown.includes(id))) {
    const { question, answer } = sourceById.get(id)!;
    const version = await sourceVersion({ question, answer });
    const own = translatedById.get(id)!;
    const ownVersion = await sourceVersion({ question: own.question, answer: own.answer });
    const was = translatedFrom[locale][id];
    if (was === version) {
      result.current.push(id);
    } else if (was !== undefined && !force && (reviewed[locale][id] ?? ownVersion) === ownVersion) {
      // Stale, and the translation is as it was when marked; a record written before
      // translations' own versions were kept cannot tell, so it is asked for as well.
      result.unchanged.push(id);
      continue;
    } else {
      result.marked.push(id);
    }
    translatedFrom[locale][id] = version;
    reviewed[locale][id] = ownVersion;
    (sources[id] ??= Object.create(null))[version] = { question, answer };
  }
  const used = new Set(Object.values(translatedFrom).flatMap((byId) => Object.entries(byId).map(([id, version]) => `${id} ${version}`)));
  const kept: TranslationRecord['sources'] = Object.create(null);
  for (const [id, versions] of Object.entries(sources)) {
    for (const [version, text] of Object.entries(versions))
      if (used.has(`${id} ${version}`)) (kept[id] ??= Object.create(null))[version] = text;
  }
  const newRecord = { translatedFrom: sorted(translatedFrom), sources: sorted(kept), reviewed: sorted(reviewed) };
  return { record: newRecord, ...result };
}

// Each id's first entry, as the widget keeps it.
function firstById(entries: Entry[]): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
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
