import { fieldsOf, MANIFEST } from '../data/format';
import { own } from '../data/own';
import { sha256 } from '../data/sha256';
import { isDataFileName, isLocaleCode, validateLocaleFile } from '../data/validate';
import { runTests, type TestResult } from '../editor/runTests';
import { saysOf } from '../i18n/says';
import { INDEX_VERSION } from '../search/prebuilt';
import { checkLocale } from './checkLocale';
import type { Problem } from './Problem';
import { readJson, type JsonFile } from './readJson';
import { nearestId } from './nearestId';
import { TRANSLATIONS_FILE } from './sourceVersion';
import { staleTranslations } from './staleTranslations';

/** Everything the checker found in a faq-data folder. */
export interface FolderReport {
  problems: Problem[];
  /** Per locale, the entry ids of the default locale that it lacks. */
  coverage: { locale: string; missing: string[] }[];
  /** Per locale with test questions, how many got their expected answer. */
  tests: { locale: string; total: number; passed: number }[];
}

const MANIFEST_FIELDS = fieldsOf(MANIFEST, true);
// From this size a prebuilt index is worth a build step: on the CI machine it has the
// widget ready about 60 ms sooner at 1,000 entries, and 200 ms at 10,000 (npm run bench).
const LARGE_FAQ = 1_000;

/**
 * Checks a whole faq-data folder. `read` gives a file's text by its name within the folder
 * (`index.json`, `en.json`, `tests/en.json`), or null when there is no such file. It may
 * refuse a file, such as a link to outside the folder, by throwing an Error whose message
 * says so to the editors.
 */
export async function checkFolder(read: (name: string) => string | null | Promise<string | null>): Promise<FolderReport> {
  const report: FolderReport = { problems: [], coverage: [], tests: [] };
  const problem = (file: JsonFile | string, path: (string | number)[], message: string, level: Problem['level'] = 'error') => {
    const name = typeof file === 'string' ? file : file.name;
    report.problems.push({ level, file: name, ...(typeof file !== 'string' && file.position(path)), message });
  };
  // A file's text parsed, or its syntax mistake reported; null for both.
  const parse = (name: string, text: string): JsonFile | null => {
    const parsed = readJson(name, text);
    if ('value' in parsed) {
      report.problems.push(...parsed.problems);
      return parsed;
    }
    report.problems.push(parsed);
    return null;
  };
  // A file's text; null when there is none, undefined when it was refused and reported.
  const text = async (name: string) => {
    try {
      return await read(name);
    } catch (error) {
      problem(name, [], (error as Error).message);
      return undefined;
    }
  };
  const load = async (name: string) => {
    const found = await text(name);
    return typeof found === 'string' ? parse(name, found) : null;
  };

  const manifestText = await text('index.json');
  if (manifestText === undefined) return report;
  if (manifestText === null) {
    problem('index.json', [], 'index.json is missing: it lists the locales of the FAQ, such as { "locales": { "en": "English" } }.');
    return report;
  }
  const manifest = parse('index.json', manifestText);
  if (!manifest) return report;
  // biome-ignore lint/suspicious/noExplicitAny: the manifest is checked field by field below
  const root = manifest.value as Record<string, any>;
  const listed = typeof root === 'object' && root && typeof root.locales === 'object' && root.locales ? Object.keys(root.locales) : [];
  if (listed.length === 0) {
    problem(manifest, [], 'index.json must list the locales: { "locales": { "en": "English" } }.');
    return report;
  }
  for (const field of Object.keys(root)) {
    if (!MANIFEST_FIELDS.includes(field)) {
      const message =
        `"${field}" is not a known field of index.json ` +
        `(known: ${MANIFEST_FIELDS.map((name) => `"${name}"`).join(', ')}). Is it misspelled?`;
      report.problems.push({ level: 'error', file: 'index.json', ...manifest.position([field], true), message });
    }
  }
  if ('version' in root && root.version !== 1) problem(manifest, ['version'], '"version" must be 1, the version of this data format.');
  // A locale's code names its files, so only a language tag may: "../x" would leave the folder.
  const locales = listed.filter((locale) => {
    if (isLocaleCode(locale)) return true;
    const message =
      `"${locale}" is not a language code. ` +
      'Use a BCP 47 tag, such as "en", "pt-BR" or "zh-Hant"; ' +
      'the locale file is named after it.';
    report.problems.push({ level: 'error', file: 'index.json', ...manifest.position(['locales', locale], true), message });
    return false;
  });
  for (const [locale, name] of Object.entries(root.locales)) {
    if (typeof name !== 'string' || !name.trim())
      problem(manifest, ['locales', locale], `The name of "${locale}" must be a text in quotes, such as "English".`);
  }
  const defaultLocale = typeof root.defaultLocale === 'string' ? root.defaultLocale : listed[0];
  if (!listed.includes(defaultLocale))
    problem(manifest, ['defaultLocale'], `"defaultLocale" is "${defaultLocale}", which is not in "locales".`);

  const ids = new Map<string, string[]>();
  const files = new Map<string, JsonFile>();
  for (const locale of locales) {
    const found = await text(`${locale}.json`);
    if (found === null) problem(manifest, ['locales', locale], `index.json lists "${locale}", but ${locale}.json is missing.`);
    const file = typeof found === 'string' ? parse(`${locale}.json`, found) : null;
    if (!file) continue;
    const checked = checkLocale(file, locale);
    report.problems.push(...checked.problems);
    ids.set(locale, checked.ids);
    files.set(locale, file);
  }

  const reference = ids.get(defaultLocale);
  for (const [locale, own] of ids) {
    const held = new Set(own);
    const missing = reference ? reference.filter((id) => !held.has(id)) : [];
    report.coverage.push({ locale, missing });
    if (missing.length > 0) {
      const message =
        `${missing.length} ${missing.length === 1 ? 'entry' : 'entries'} of ${defaultLocale}.json ` +
        `${missing.length === 1 ? 'is' : 'are'} not translated yet: ${missing.join(', ')}.`;
      problem(`${locale}.json`, [], message, 'warning');
    }
    // An entry the default locale lacks was deleted there, or its id here is mistyped:
    // either way it answers visitors of this language alone.
    if (!reference || locale === defaultLocale) continue;
    const known = new Set(reference);
    const file = files.get(locale)!;
    const entries = (file.value as { entries: { id?: unknown }[] }).entries;
    for (const id of own.filter((id) => !known.has(id))) {
      const meant = nearestId(id, missing.length ? missing : reference);
      const message =
        `The entry "${id}" is not in ${defaultLocale}.json, and an entry has the same id in every language: ` +
        (meant
          ? `did you mean "${meant}"? Correct the id.`
          : `if it was deleted from ${defaultLocale}.json, delete it here too; if it is new, add it to ${defaultLocale}.json.`);
      const index = entries.findIndex((entry) => entry?.id === id);
      report.problems.push({ level: 'warning', file: file.name, ...file.position(['entries', index, 'id']), entry: id, message });
    }
  }

  report.problems.push(...(await staleTranslations(await load(TRANSLATIONS_FILE), defaultLocale, files)));

  for (const [locale, index] of Object.entries((root.indexes ?? {}) as Record<string, { file?: string; source?: string }>)) {
    if (!isDataFileName(index?.file)) {
      const message =
        `The prebuilt index of "${locale}" must be a .json file beside index.json, ` +
        `such as "${locale}.index.json": "npm run faq:build" writes it so.`;
      problem(manifest, ['indexes', locale], message);
      continue;
    }
    const source = files.get(locale)?.text;
    if (source === undefined) continue;
    if (index.source !== (await sha256(source))) {
      problem(
        manifest,
        ['indexes', locale],
        `The prebuilt index ${index.file} was built from an older ${locale}.json, and the widget serves the entries ` +
          'it holds: build it again, or visitors get the older text.',
        'warning',
      );
      continue;
    }
    const built = (await load(index.file))?.value;
    if (own(built, 'version') !== INDEX_VERSION) {
      problem(
        manifest,
        ['indexes', locale],
        `The prebuilt index ${index.file} is missing or was written by an older "npm run faq:build": build it again.`,
        'warning',
      );
      continue;
    }
    // The widget fetches each piece of answers as it shows one of them.
    const pieces = own(own(built, 'answers'), 'files');
    for (const piece of Array.isArray(pieces) ? pieces : []) {
      const found = isDataFileName(piece) ? await text(piece) : null;
      if (typeof found === 'string') continue;
      // A piece that was refused is reported already, with the reason.
      if (found === null)
        problem(manifest, ['indexes', locale], `${String(piece)}, a piece of the answers of ${index.file}, is missing: build it again.`);
      break;
    }
  }

  const indexed = Object.keys(root.indexes ?? {});
  for (const [locale, entryIds] of ids) {
    if (entryIds.length >= LARGE_FAQ && !indexed.includes(locale)) {
      const message =
        `${locale}.json has ${entryIds.length} entries: run "npm run faq:build" to add a prebuilt search index, ` +
        'which the widget loads faster than it builds one.';
      problem(`${locale}.json`, [], message, 'warning');
    }
  }

  for (const [locale, file] of files) {
    const tests = await load(`tests/${locale}.json`);
    if (!tests) continue;
    if (!Array.isArray(tests.value) || !tests.value.every((test) => typeof test?.q === 'string' && Array.isArray(test.expect))) {
      problem(tests, [], 'Test questions must be a list: [ { "q": "a question", "expect": ["entry-id"] } ].');
      continue;
    }
    const { entries, ui } = validateLocaleFile(file.value, `${locale}.json`, locale).file;
    const results = await runTests(entries, locale, tests.value, saysOf(ui));
    results.forEach((result, position) => {
      if (!result.passed) problem(tests, [position, 'q'], failedTest(result), 'warning');
    });
    report.tests.push({ locale, total: results.length, passed: results.filter((result) => result.passed).length });
  }
  return report;
}

// A test question that failed, with the entry that now competes with the expected one: the
// first match that is not expected, which an entry added or reworded since often is.
function failedTest({ test, got, matches }: TestResult): string {
  const expected = test.expect.length === 0 ? 'no answer' : test.expect.map((id) => `"${id}"`).join(' or ');
  const said = `"${test.q}" → got ${got ? `"${got}"` : 'no answer'}, expected ${expected}`;
  const rival = matches.find(({ id }) => !test.expect.includes(id));
  if (test.expect.length === 0 || !rival) return `${said}.`;
  const named = `"${rival.id}" ("${rival.question}")`;
  if (got === rival.id) return `${said}: ${named} now comes first.`;
  const first = matches[0];
  if (first && first.id !== rival.id)
    return `${said}: "${first.id}" is the first match, below the confidence to answer, and ${named} competes with it.`;
  return `${said}: the first match is ${named}, which now competes with it.`;
}
