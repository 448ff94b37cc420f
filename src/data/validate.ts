import { slicer } from '../shared/yieldToPage';
import { FaqDataError } from './FaqDataError';
import { own } from './own';
import { isSafeUrl } from './safeUrl';
import type { Entry, LocaleFile, Manifest } from './types';

type Json = Record<string, unknown>;

/**
 * The longest answer, in characters (UTF-16 code units), that the widget shows. An answer
 * is parsed each time it is drawn; a longer one belongs on a page the entry links to.
 */
export const MAX_ANSWER_LENGTH = 10_000;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isLink = (value: unknown): value is string => isText(value) && isSafeUrl(value.trim());
const isAnswer = (value: unknown): value is string => isText(value) && value.length <= MAX_ANSWER_LENGTH;
// UI strings are plain text with {{…}} placeholders. i18next would expand "$t(key)" in
// them into other strings, and a few levels of that grow a string exponentially.
const isUiText = (value: unknown): value is string => typeof value === 'string' && !value.includes('$t(');

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

// A file beside the manifest, such as "en.index.json": no folder, no scheme, no "%2e%2e",
// and no name that starts with a dot, so neither "." nor ".." is one.
const FILE_NAME = /^[\w-][\w.-]*\.json$/;

/** Whether a file name from the manifest stays in the data folder and names a JSON file. */
export function isDataFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_NAME.test(name);
}

/** Checks `index.json`; a manifest the widget cannot use at all throws. */
export function validateManifest(raw: unknown, url: string): Manifest {
  const locales = own(raw, 'locales');
  if (!isObject(locales) || Object.keys(locales).length === 0) {
    throw new FaqDataError(`${url} must be an object with "locales", such as {"locales": {"en": "English"}}.`, url);
  }
  const names: Record<string, string> = Object.create(null);
  for (const [code, name] of Object.entries(locales)) names[code] = isText(name) ? name : code;
  const codes = Object.keys(names);
  const defaultLocale = codes.find((code) => code === own(raw, 'defaultLocale')) ?? codes[0];
  const version = own(raw, 'version');
  if (version !== undefined && version !== 1) {
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

// Fields of an entry, each with the check it must pass when present.
const ENTRY_FIELDS: Record<keyof Entry, (value: unknown) => boolean> = {
  id: isText,
  question: isText,
  answer: isAnswer,
  category: isText,
  alternates: isTextList,
  keywords: isTextList,
  related: isTextList,
  url: isLink,
};
const REQUIRED: (keyof Entry)[] = ['id', 'question', 'answer'];

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
 * loads them, and 200,000 entries take most of a second.
 */
export async function validateLocaleFileInSlices(raw: unknown, url: string, locale: string): Promise<Validated> {
  const pause = slicer();
  const steps = validating(raw, url, locale);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}

// The check itself, which stops after each entry.
function* validating(raw: unknown, url: string, locale: string): Generator<void, Validated> {
  const rawEntries = own(raw, 'entries');
  if (!Array.isArray(rawEntries)) {
    throw new FaqDataError(`${url} must be an object with an "entries" list.`, url);
  }
  const problems: string[] = [];
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const [position, entry] of rawEntries.entries()) {
    yield;
    const id = own(entry, 'id');
    const name = isText(id) ? id : `#${position + 1}`;
    if (!isObject(entry)) {
      problems.push(`${name} (not an object)`);
      continue;
    }
    const bad = (Object.keys(ENTRY_FIELDS) as (keyof Entry)[]).filter((field) => {
      const value = own(entry, field);
      return value === undefined ? REQUIRED.includes(field) : !ENTRY_FIELDS[field](value);
    });
    if (bad.length > 0) problems.push(`${name} (${bad.join(', ')})`);
    else if (seen.has(name)) problems.push(`${name} (duplicate id; the first one is kept)`);
    else {
      seen.add(name);
      entries.push(pick(entry, Object.keys(ENTRY_FIELDS)) as unknown as Entry);
    }
  }

  const file: LocaleFile = Object.assign(Object.create(null), { locale, entries });
  const optional: [keyof LocaleFile, (value: unknown) => boolean][] = [
    ['title', isText],
    ['greeting', isText],
    ['suggestions', isTextList],
    ['contact', (value) => isObject(value) && isText(value.label) && isLink(value.url)],
    ['ui', (value) => isObject(value) && Object.values(value).every(isUiText)],
    ['categories', (value) => Array.isArray(value) && value.every((c) => isObject(c) && isText(c.id) && isText(c.title))],
  ];
  for (const [field, check] of optional) {
    const value = own(raw, field);
    if (value === undefined) continue;
    if (check(value)) Object.assign(file, { [field]: value });
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
