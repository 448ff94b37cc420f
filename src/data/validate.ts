import { slicer } from '../shared/yieldToPage';
import { FaqDataError } from './FaqDataError';
import { ENTRY, FILE_NAME, isObject, isText, type Json, LOCALE_FILE, MANIFEST, requiredOf } from './format';
import { own } from './own';
import type { Entry, LocaleFile, Manifest } from './format';

/**
 * Whether a manifest's locale code is a well-formed BCP 47 tag, such as "en" or "zh-Hant".
 * Tools join it into file names, so "../x" or "a/b" must never pass.
 */
export function isLocaleCode(code: string): boolean {
  try {
    Intl.getCanonicalLocales(code);
    return true;
  } catch {
    return false;
  }
}

/** Whether a file name from the manifest stays in the data folder and names a JSON file. */
export function isDataFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_NAME.test(name);
}

/** Checks `index.json`; a manifest the widget cannot use at all throws. */
export function validateManifest(raw: unknown, url: string): Manifest {
  const locales = own(raw, 'locales');
  if (!MANIFEST.locales.accepts(locales)) {
    throw new FaqDataError(`${url} must be an object with "locales", such as {"locales": {"en": "English"}}.`, url);
  }
  const names: Record<string, string> = Object.create(null);
  for (const [code, name] of Object.entries(locales as Json)) names[code] = isText(name) ? name : code;
  const codes = Object.keys(names);
  const defaultLocale = codes.find((code) => code === own(raw, 'defaultLocale')) ?? codes[0];
  const version = own(raw, 'version');
  if (version !== undefined && !MANIFEST.version.accepts(version)) {
    throw new FaqDataError(`${url} has "version": ${JSON.stringify(version)}, but this widget reads version 1.`, url);
  }
  // An index whose file would leave the data folder is ignored: the widget indexes that
  // locale itself.
  const named = own(raw, 'indexes');
  const indexes = Object.fromEntries(
    Object.entries(isObject(named) ? named : {}).filter(([, index]) => isDataFileName(own(index, 'file'))),
  ) as Manifest['indexes'];
  return { version: 1, defaultLocale, locales: names, indexes };
}

/** What was kept of a locale file, and what was left out and why. */
export interface Validated {
  file: LocaleFile;
  /** One line per problem, naming the entry id (or field) and what is wrong. */
  problems: string[];
}

const REQUIRED = requiredOf(ENTRY);
const ENTRY_FIELDS = Object.keys(ENTRY) as (keyof Entry)[];
// The fields of a locale file that may be left out; a bad one is dropped.
const OPTIONAL = (Object.keys(LOCALE_FILE) as (keyof LocaleFile)[]).filter((field) => !LOCALE_FILE[field].required);

/**
 * Checks a locale file. A bad entry is left out and the rest is served; a bad optional
 * field of the file is dropped. Only a file that is not a locale file at all throws.
 */
export function validateLocaleFile(raw: unknown, url: string, locale: string): Validated {
  const steps = validating(raw, url, locale);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same, in slices that let the page breathe: the widget checks files of any size as it
 * loads them, and 200,000 entries take most of a second. With `answersApart`, the entries
 * come without answers, as a prebuilt index holds them (search/prebuilt.ts): each gets an
 * empty one, filled in when its piece arrives.
 */
export async function validateLocaleFileInSlices(raw: unknown, url: string, locale: string, answersApart = false): Promise<Validated> {
  const pause = slicer();
  const steps = validating(raw, url, locale, answersApart);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}

// The check itself, which stops after each entry.
function* validating(raw: unknown, url: string, locale: string, answersApart = false): Generator<void, Validated> {
  const required = answersApart ? REQUIRED.filter((field) => field !== 'answer') : REQUIRED;
  const rawEntries = own(raw, 'entries');
  if (!LOCALE_FILE.entries.accepts(rawEntries)) {
    throw new FaqDataError(`${url} must be an object with an "entries" list.`, url);
  }
  const problems: string[] = [];
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const [position, entry] of (rawEntries as unknown[]).entries()) {
    yield;
    const id = own(entry, 'id');
    const name = isText(id) ? id : `#${position + 1}`;
    if (!isObject(entry)) {
      problems.push(`${name} (not an object)`);
      continue;
    }
    const bad = ENTRY_FIELDS.filter((field) => {
      const value = own(entry, field);
      if (value === undefined) return required.includes(field);
      // The entries of an index hold no answers: one found there was not written by faq:build.
      return (answersApart && field === 'answer') || !ENTRY[field].accepts(value);
    });
    if (bad.length > 0) problems.push(`${name} (${bad.join(', ')})`);
    else if (seen.has(name)) problems.push(`${name} (duplicate id; the first one is kept)`);
    else {
      seen.add(name);
      entries.push(Object.assign(pick(entry, ENTRY_FIELDS), answersApart && { answer: '' }) as unknown as Entry);
    }
  }

  const file: LocaleFile = Object.assign(Object.create(null), { locale, entries });
  for (const field of OPTIONAL) {
    const value = own(raw, field);
    if (value === undefined) continue;
    if (LOCALE_FILE[field].accepts(value)) Object.assign(file, { [field]: value });
    else problems.push(`"${field}" (not in the expected form; ignored)`);
  }
  return { file, problems };
}

// Copies only the known fields, and only the object's own, into an object without a
// prototype: neither a key such as "__proto__" in the data nor a polluted prototype of
// the page reaches an object the widget works with.
function pick(source: Json, keys: string[]): Json {
  const copy: Json = Object.create(null);
  for (const key of keys) if (own(source, key) !== undefined) copy[key] = source[key];
  return copy;
}
