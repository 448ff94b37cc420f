// The FAQ as two tables that editors and translators can work on in a spreadsheet: one
// row per entry with four columns per locale, and one row per test question.
import type { Entry } from '../data/format';
import type { FaqFolder } from './faqFolder';

/** A sheet of a workbook, or a CSV file: its name as the editor sees it, and its cells. */
export interface Table {
  name: string;
  rows: string[][];
}

/** The entry fields a spreadsheet holds; the others (category, related, url) stay in the JSON. */
export const SHEET_FIELDS = ['question', 'answer', 'alternates', 'keywords'] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];
export const FAQ_SHEET = 'FAQ';
export const TESTS_SHEET = 'Test questions';
export const TESTS_HEADER = ['locale', 'question', 'expected answer'];

/** A field's value in a cell: lists one item per line, as Alt+Enter writes them in Excel. */
function cellOf(entry: Entry | undefined, field: SheetField): string {
  const value = entry?.[field];
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** The FAQ sheet and the test questions sheet of a folder. */
export function folderTables(folder: FaqFolder): { faq: Table; tests: Table } {
  const byLocale = new Map(folder.locales.map((locale) => [locale, new Map(folder.entries(locale).map((entry) => [entry.id, entry]))]));
  // The default locale's order, then the entries that only other locales have.
  const ids = [...new Set(folder.locales.flatMap((locale) => [...byLocale.get(locale)!.keys()]))];
  const header = ['id', ...folder.locales.flatMap((locale) => SHEET_FIELDS.map((field) => `${locale} ${field}`))];
  const rows = ids.map((id) => [
    id,
    ...folder.locales.flatMap((locale) => SHEET_FIELDS.map((field) => cellOf(byLocale.get(locale)!.get(id), field))),
  ]);
  const tests = folder.locales.flatMap((locale) => folder.tests(locale).map((test) => [locale, test.q, test.expect.join(', ')]));
  return { faq: { name: FAQ_SHEET, rows: [header, ...rows] }, tests: { name: TESTS_SHEET, rows: [TESTS_HEADER, ...tests] } };
}
