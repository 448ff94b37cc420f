// The editing page changes a faq-data folder as faq:import does: each change is one value
// written in place into the file's text (editJson), so that every other byte stays as the
// editor or git left it, and the saved diff is the one a person would make by hand. The
// folder is a map of file names within it (`en.json`, `tests/en.json`) to their texts.
import { TRANSLATIONS_FILE } from '../check/sourceVersion';
import type { Entry } from '../data/format';
import { editJson } from '../editor/editJson';
import type { TestQuestion } from '../editor/faqFolder';

/** A faq-data folder's JSON files by their name within it. */
export type Files = ReadonlyMap<string, string>;

/** The fields of an entry that the page edits; the id is the entry's name in every language. */
export type EntryField = Exclude<keyof Entry, 'id'>;

/** A file's parsed content, or undefined when it is missing or not JSON (the checker says why). */
export function parsed(files: Files, name: string): unknown {
  const text = files.get(name);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** The entries of a locale's file; none when it is missing or broken. */
export function entriesOf(files: Files, locale: string): Entry[] {
  const entries = (parsed(files, `${locale}.json`) as { entries?: unknown } | undefined)?.entries;
  return Array.isArray(entries) ? entries.filter((entry) => typeof entry?.id === 'string') : [];
}

/**
 * Sets one field of an entry in one language. An empty optional field is removed; an entry
 * the language lacks is added at the end of its file, as faq:import adds one: id, question,
 * answer, then the default language's category.
 */
export function setField(files: Files, locale: string, defaultLocale: string, id: string, field: EntryField, value: unknown): Files {
  const name = `${locale}.json`;
  const text = files.get(name);
  if (text === undefined) throw new Error(`The folder has no ${name}.`);
  // A file whose JSON is broken is not written to: its positions cannot be trusted.
  if (parsed(files, name) === undefined) throw new Error(`${name} cannot be read: correct its mistake first.`);
  const empty = value === '' || (Array.isArray(value) && value.length === 0);
  const kept = empty && field !== 'question' && field !== 'answer' ? undefined : value;
  const entries = rawEntries(text);
  const position = entries.findIndex((entry) => entry?.id === id);
  if (position >= 0) {
    if (JSON.stringify(entries[position][field]) === JSON.stringify(kept)) return files;
    return withText(files, name, editJson(text, ['entries', position, field], kept));
  }
  const category = entriesOf(files, defaultLocale).find((entry) => entry.id === id)?.category;
  const entry = { id, question: '', answer: '', ...(category && { category }), ...(kept !== undefined && { [field]: kept }) };
  return withText(files, name, editJson(text, ['entries', entries.length], entry, true));
}

/** Adds a new entry, with its id only, at the end of the default language's file. */
export function addEntry(files: Files, defaultLocale: string, id: string): Files {
  return setField(files, defaultLocale, defaultLocale, id, 'question', '');
}

/**
 * Deletes an entry in every language, and everything that names it: other entries'
 * `related`, each file's `suggestions`, test questions that expect it (a test that expected
 * it alone goes: with no expected entry left it would mean "do not answer") and its
 * translation records.
 */
export function deleteEntry(files: Files, locales: string[], id: string): Files {
  let next = files;
  const edit = (name: string, path: (string | number)[], value: unknown) => {
    next = withText(next, name, editJson(next.get(name)!, path, value));
  };
  // Takes the id out of a list as a person would, item by item, leaving the rest of the list
  // as it is written; a list left empty goes when `emptied` says so (a path of its own).
  const unlist = (name: string, path: (string | number)[], list: unknown[], emptied?: (string | number)[]) => {
    if (emptied && list.every((item) => item === id)) return edit(name, emptied, undefined);
    for (let item = list.length - 1; item >= 0; item--) if (list[item] === id) edit(name, [...path, item], undefined);
  };
  for (const locale of locales) {
    const name = `${locale}.json`;
    const text = next.get(name);
    if (text === undefined) continue;
    const entries = rawEntries(text);
    // From the last, so that each position stays true as items go.
    for (let position = entries.length - 1; position >= 0; position--) {
      const entry = entries[position];
      const at = ['entries', position];
      if (entry?.id === id) edit(name, at, undefined);
      // An entry without related ones has no "related", as the shipped files write it.
      else if (Array.isArray(entry?.related) && entry.related.includes(id))
        unlist(name, [...at, 'related'], entry.related, [...at, 'related']);
    }
    const suggestions = (parsed(next, name) as { suggestions?: unknown }).suggestions;
    if (Array.isArray(suggestions)) unlist(name, ['suggestions'], suggestions);
    const testsName = `tests/${locale}.json`;
    const tests = parsed(next, testsName);
    if (Array.isArray(tests)) {
      for (let position = tests.length - 1; position >= 0; position--) {
        const expected = (tests[position] as TestQuestion)?.expect;
        if (Array.isArray(expected) && expected.includes(id)) unlist(testsName, [position, 'expect'], expected, [position]);
      }
    }
  }
  const record = parsed(next, TRANSLATIONS_FILE) as
    | { translatedFrom?: Record<string, Record<string, string>>; reviewed?: Record<string, Record<string, string>>; sources?: object }
    | undefined;
  // Both per-locale maps of the record (src/check/translationRecord.ts) name the entry.
  for (const map of ['translatedFrom', 'reviewed'] as const) {
    for (const [locale, byId] of Object.entries(record?.[map] ?? {})) {
      if (byId && Object.hasOwn(byId, id)) edit(TRANSLATIONS_FILE, [map, locale, id], undefined);
    }
  }
  if (record?.sources && Object.hasOwn(record.sources, id)) edit(TRANSLATIONS_FILE, ['sources', id], undefined);
  return next;
}

/** The folder with one file's text replaced. */
export function withText(files: Files, name: string, text: string): Files {
  if (files.get(name) === text) return files;
  return new Map(files).set(name, text);
}

/** The names of the files whose text differs from the saved one, new files included. */
export function changedFiles(files: Files, saved: Files): string[] {
  return [...files.keys()].filter((name) => files.get(name) !== saved.get(name)).sort();
}

// The entries as the file holds them, whatever they are, so that positions are the file's.
// biome-ignore lint/suspicious/noExplicitAny: each entry is looked into field by field
function rawEntries(text: string): any[] {
  try {
    const entries = JSON.parse(text.replace(/^\uFEFF/, '')).entries;
    return Array.isArray(entries) ? entries : [];
  } catch {
    return [];
  }
}
