// The FAQ as two tables that editors and translators can work on in a spreadsheet: one
// row per entry, with its category and related entries, then five columns per locale and,
// for each translation, its status; and one row per test question.
import type { Problem } from '../check/Problem';
import { type JsonFile, readJson } from '../check/readJson';
import { TRANSLATIONS_FILE } from '../check/sourceVersion';
import { staleTranslations } from '../check/staleTranslations';
import type { Entry } from '../data/format';
import type { FaqFolder } from './faqFolder';

/** A sheet of a workbook, or a CSV file: its name as the editor sees it, and its cells. */
export interface Table {
  name: string;
  rows: string[][];
  /**
   * The cells, as "row,column" counted from 0, that the spreadsheet holds as dates: what
   * was typed there (such as 4/3) became a date, which the rows show as 2025-03-04.
   */
  dates?: Set<string>;
}

/** The fields of an entry that each language has a column for; "link" is the entry's `url`. */
export const SHEET_FIELDS = ['question', 'answer', 'alternates', 'keywords', 'link'] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];
/** The fields one column holds for every language, after the id: they name other ids. */
export const SHARED_FIELDS = ['category', 'related'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];
/** Each translation's column that says what it needs; the import reads nothing from it. */
export const STATUS = 'status';
export const FAQ_SHEET = 'FAQ';
export const TESTS_SHEET = 'Test questions';
export const TESTS_HEADER = ['locale', 'question', 'expected answer'];

/** The entry's key of a column's field. */
export const keyOf = (field: SheetField): keyof Entry => (field === 'link' ? 'url' : field);

/** A field's value in a cell: lists one item per line, as Alt+Enter writes them in Excel. */
export function cellOf(entry: Entry | undefined, field: SheetField | SharedField): string {
  const value = entry?.[field === 'link' ? 'url' : field];
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** The entry whose category and related entries the sheet shows: the default locale's, else the first that has it. */
export function sharedEntry(byLocale: Map<string, Map<string, Entry>>, locales: string[], id: string): Entry | undefined {
  for (const locale of locales) {
    const entry = byLocale.get(locale)?.get(id);
    if (entry) return entry;
  }
  return undefined;
}

/** Each locale's entries by id, the first of two that share one, as the widget keeps it. */
export function entriesById(folder: FaqFolder): Map<string, Map<string, Entry>> {
  return new Map(
    folder.locales.map((locale) => {
      const byId = new Map<string, Entry>();
      for (const entry of folder.entries(locale)) if (!byId.has(entry.id)) byId.set(entry.id, entry);
      return [locale, byId];
    }),
  );
}

/** The FAQ sheet and the test questions sheet of a folder. */
export async function folderTables(folder: FaqFolder): Promise<{ faq: Table; tests: Table }> {
  const byLocale = entriesById(folder);
  const stale = await staleIds(folder);
  // The default locale's order, then the entries that only other locales have.
  const ids = [...new Set(folder.locales.flatMap((locale) => [...byLocale.get(locale)!.keys()]))];
  const translation = (locale: string) => locale !== folder.defaultLocale;
  const header = [
    'id',
    ...SHARED_FIELDS,
    ...folder.locales.flatMap((locale) => [
      ...SHEET_FIELDS.map((field) => `${locale} ${field}`),
      ...(translation(locale) ? [`${locale} ${STATUS}`] : []),
    ]),
  ];
  const rows = ids.map((id) => {
    const shared = sharedEntry(byLocale, folder.locales, id);
    return [
      id,
      ...SHARED_FIELDS.map((field) => cellOf(shared, field)),
      ...folder.locales.flatMap((locale) => {
        const entry = byLocale.get(locale)!.get(id);
        const status = !entry ? 'missing' : stale.has(`${locale} ${id}`) ? 'stale' : '';
        return [...SHEET_FIELDS.map((field) => cellOf(entry, field)), ...(translation(locale) ? [status] : [])];
      }),
    ];
  });
  const tests = folder.locales.flatMap((locale) => folder.tests(locale).map((test) => [locale, test.q, test.expect.join(', ')]));
  return { faq: { name: FAQ_SHEET, rows: [header, ...rows] }, tests: { name: TESTS_SHEET, rows: [TESTS_HEADER, ...tests] } };
}

// "<locale> <id>" of each translation that faq:check calls out of date.
async function staleIds(folder: FaqFolder): Promise<Set<string>> {
  const parsed = (name: string): JsonFile | null => {
    const text = folder.text(name);
    const read = text === null ? null : readJson(name, text);
    return read && 'value' in read ? read : null;
  };
  const files = new Map<string, JsonFile>();
  for (const locale of folder.locales) {
    const file = parsed(`${locale}.json`);
    if (file) files.set(locale, file);
  }
  const problems: Problem[] = await staleTranslations(parsed(TRANSLATIONS_FILE), folder.defaultLocale, files);
  return new Set(problems.filter((problem) => problem.stale).map((problem) => `${problem.file.replace(/\.json$/, '')} ${problem.entry}`));
}
