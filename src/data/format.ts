// The faq-data format (ARCHITECTURE.md, "Adding a field to an entry"; README, "The FAQ
// data"), described once: which fields each file and entry has, which are required, what
// the widget accepts in each, and what editors are told each must be. The widget's
// validation (validate.ts) and the editors' checker (check/) read it from here; its tables
// are typed against the interfaces below, so that a field in one and not the other does not
// compile, and test/unit/schema.test.ts holds faq.schema.json to it.
import { isSafeUrl } from './safeUrl';

// The files and an entry as the widget holds them after validation.

/** `index.json`: which locales exist and which one to fall back to. */
export interface Manifest {
  version: number;
  defaultLocale: string;
  /** Locale code → the language's own name, e.g. `{ "ko": "한국어" }`. */
  locales: Record<string, string>;
  /** Prebuilt search indexes, per locale. */
  indexes?: Record<string, { file: string; source: string }>;
}

/** One question and its answer. */
export interface Entry {
  id: string;
  question: string;
  /** Plain text with a small Markdown subset. */
  answer: string;
  category?: string;
  alternates?: string[];
  keywords?: string[];
  related?: string[];
  url?: string;
}

/** `<locale>.json`: one locale's FAQ. */
export interface LocaleFile {
  locale: string;
  title?: string;
  greeting?: string;
  suggestions?: string[];
  contact?: { label: string; url: string };
  /** Overrides of UI strings for this locale. */
  ui?: Record<string, string>;
  categories?: { id: string; title: string }[];
  entries: Entry[];
}

/** A JSON object as parsed, before any check. */
export type Json = Record<string, unknown>;

/** One field: whether it must be there, and what the widget accepts in it. */
export interface Field {
  required?: true;
  accepts(value: unknown): boolean;
}

/**
 * The longest answer, in characters (UTF-16 code units), that the widget shows. An answer
 * is parsed each time it is drawn; a longer one belongs on a page the entry links to.
 */
export const MAX_ANSWER_LENGTH = 10_000;

/** An entry id as editors must write it; the widget itself takes any text. */
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A file beside the manifest, such as "en.index.json": no folder, no scheme, no "%2e%2e",
 * and no name that starts with a dot, so neither "." nor ".." is one.
 */
export const FILE_NAME = /^[\w-][\w.-]*\.json$/;

/** A field that names the JSON Schema for editors' help, allowed in every file and ignored. */
const SCHEMA_FIELD = '$schema';

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isLink = (value: unknown): value is string => isText(value) && isSafeUrl(value.trim());
// UI strings are plain text with {{…}} placeholders. i18next would expand "$t(key)" in
// them into other strings, and a few levels of that grow a string exponentially.
export const isUiText = (value: unknown): value is string => typeof value === 'string' && !value.includes('$t(');

/** `index.json`. */
export const MANIFEST: { readonly [K in keyof Manifest]-?: Field } = {
  version: { accepts: (value) => value === 1 },
  defaultLocale: { accepts: isText },
  locales: {
    required: true,
    accepts: (value) => isObject(value) && Object.keys(value).length > 0,
  },
  // Each index is checked on its own: one whose file is not a FILE_NAME is passed over.
  indexes: { accepts: isObject },
};

/** `<locale>.json`. */
export const LOCALE_FILE: { readonly [K in keyof LocaleFile]-?: Field } = {
  locale: { required: true, accepts: isText },
  title: { accepts: isText },
  greeting: { accepts: isText },
  suggestions: { accepts: isTextList },
  contact: {
    accepts: (value) => isObject(value) && isText(value.label) && isLink(value.url),
  },
  ui: {
    accepts: (value) => isObject(value) && Object.values(value).every(isUiText),
  },
  categories: {
    accepts: (value) =>
      Array.isArray(value) && value.every((category) => isObject(category) && isText(category.id) && isText(category.title)),
  },
  entries: {
    required: true,
    accepts: Array.isArray,
  },
};

/** One entry of a locale file. */
export const ENTRY: { readonly [K in keyof Entry]-?: Field } = {
  id: { required: true, accepts: isText },
  question: { required: true, accepts: isText },
  answer: {
    required: true,
    accepts: (value) => isText(value) && value.length <= MAX_ANSWER_LENGTH,
  },
  category: { accepts: isText },
  alternates: { accepts: isTextList },
  keywords: { accepts: isTextList },
  related: { accepts: isTextList },
  url: { accepts: isLink },
};

// What editors are told each field must be, after "must be", as in `"title" must be a text
// in quotes`. The checker says it (check/checkLocale.ts); the widget, which reads only the
// tables above, carries none of these words.
const TEXT = 'a text in quotes';
const TEXTS = 'a list of texts: [ "…", "…" ]';
const IDS = 'a list of entry ids: [ "…" ]';

/** The form of each field of a locale file, in editors' words. */
export const LOCALE_FILE_FORMS: { readonly [K in keyof LocaleFile]-?: string } = {
  locale: "the code of the file's language, as in its name",
  title: TEXT,
  greeting: TEXT,
  suggestions: IDS,
  contact: '{ "label": "…", "url": "…" }',
  ui: 'an object of texts, such as { "send": "Send" }',
  categories: 'a list: [ { "id": "…", "title": "…" } ]',
  entries: 'a list of entries: [ { "id": …, "question": …, "answer": … } ]',
};

/** The form of each field of an entry, in editors' words. */
export const ENTRY_FORMS: { readonly [K in keyof Entry]-?: string } = {
  id: 'lower-case letters, digits and hyphens, such as "how-to-join"',
  question: TEXT,
  answer: TEXT,
  category: 'the id of one of the file\'s "categories"',
  alternates: TEXTS,
  keywords: TEXTS,
  related: IDS,
  url: 'a web address, such as https://example.org/contact',
};

/** The names of a table's fields, `$schema` first where a file may name its schema. */
export const fieldsOf = (table: Record<string, Field>, inFile = false): string[] => [
  ...(inFile ? [SCHEMA_FIELD] : []),
  ...Object.keys(table),
];

/** The names of the fields that must be there. */
export const requiredOf = (table: Record<string, Field>): string[] => Object.keys(table).filter((field) => table[field].required);
