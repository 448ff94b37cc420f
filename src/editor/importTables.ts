// Writes a spreadsheet's FAQ and test questions back into the JSON files. Only the values
// that differ from the files are written, each in place, so that a sheet exported and
// imported unchanged changes no byte, and an edited cell changes one field.
import type { Problem } from '../check/Problem';
import { readable } from '../check/readJson';
import { ENTRY_FORMS, type Entry, ID } from '../data/format';
import { editJson } from './editJson';
import type { FaqFolder, TestQuestion } from './faqFolder';
import {
  cellOf,
  entriesById,
  keyOf,
  SHARED_FIELDS,
  SHEET_FIELDS,
  STATUS,
  type SharedField,
  type SheetField,
  sharedEntry,
  TESTS_HEADER,
  type Table,
} from './faqTables';

/** What an import would write: new texts by file name, or the mistakes that stop it. */
export interface Imported {
  files: Map<string, string>;
  problems: Problem[];
  /** The ids of entries that the files have and the sheet does not: deleted when asked, else kept. */
  missing: string[];
}

/**
 * The changes that the tables make to the folder. `file` names the spreadsheet in
 * messages; `sheets` tells whether its tables are sheets of a workbook (or CSV files).
 * Entries without a row are kept, unless `deleteMissing`: then they go from every language.
 */
export function importTables(
  folder: FaqFolder,
  file: string,
  faq: Table,
  tests: Table | null,
  sheets: boolean,
  deleteMissing = false,
): Imported {
  const problems: Problem[] = [];
  const files = new Map<string, string>();
  const fail = (table: Table, row: number, column: number, message: string, entry?: string) => {
    const header = table.rows[0]?.[column];
    const place =
      `${sheets ? `sheet "${table.name}", ` : ''}row ${row + 1}, ` +
      `column ${columnName(column)}${header && row > 0 ? ` ("${header}")` : ''}`;
    problems.push({ level: 'error', file, ...(entry && { entry }), message: `${place}: ${message}` });
  };
  const edit = (name: string, path: (string | number)[], value: unknown, insert = false) => {
    const text = files.get(name) ?? folder.text(name);
    files.set(name, text === null ? `${JSON.stringify(value, null, 2)}\n` : editJson(text, path, value, insert));
  };

  // Which column holds which locale's field; columns of other locales or fields are mistakes.
  // A translation's status is written by faq:export for the translators, and read by no one.
  const columns: { locale: string; field: SheetField; column: number }[] = [];
  const shared: { field: SharedField; column: number }[] = [];
  const [header = [], ...rows] = faq.rows;
  if (header[0]?.trim() !== 'id') fail(faq, 0, 0, 'the first column must be "id", the entry ids.');
  header.slice(1).forEach((title, index) => {
    const [locale, field] = title.trim().split(/\s+/);
    if (!title.trim()) return;
    if (SHARED_FIELDS.includes(title.trim() as SharedField)) return shared.push({ field: title.trim() as SharedField, column: index + 1 });
    if (folder.locales.includes(locale) && field === STATUS && locale !== folder.defaultLocale) return;
    if (!folder.locales.includes(locale) || !SHEET_FIELDS.includes(field as SheetField)) {
      const known =
        `such as "${folder.defaultLocale} question"; ` +
        `the languages are ${folder.locales.join(', ')} and the fields ${SHEET_FIELDS.join(', ')}, ` +
        `beside ${SHARED_FIELDS.map((name) => `"${name}"`).join(' and ')} for every language`;
      return fail(faq, 0, index + 1, `"${title}" is not a column this sheet can have: a column is a language and a field, ${known}.`);
    }
    if (folder.text(`${locale}.json`) === null) {
      return fail(
        faq,
        0,
        index + 1,
        `${locale}.json is missing: create it (see "Add a language" in faq-data/README.md) before importing this column.`,
      );
    }
    columns.push({ locale, field: field as SheetField, column: index + 1 });
  });
  const categories = categoriesOf(folder);
  const byId = entriesById(folder);

  // Each file is read once: a large FAQ has thousands of rows.
  const entriesOf = new Map(folder.locales.map((locale) => [locale, folder.entries(locale)]));
  const seen = new Map<string, number>();
  const added = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 1;
    if (cells.every((cell) => !cell.trim())) return;
    const id = (cells[0] ?? '').trim();
    if (!id) return fail(faq, row, 0, 'the id is empty: each row needs the id of its entry, such as "how-to-join".');
    if (!ID.test(id)) return fail(faq, row, 0, `"${id}": an id must be ${ENTRY_FORMS.id}.`);
    if (seen.has(id)) return fail(faq, row, 0, `"${id}" is also the id of row ${seen.get(id)! + 1}: ids must be unique.`, id);
    seen.set(id, row);
    // A cell that the spreadsheet turned into a date is not what the editor typed.
    for (const [column, cell] of cells.entries()) {
      const title = header[column]?.trim() ?? '';
      const field = title.split(/\s+/)[1] ?? title;
      const locale = title.split(/\s+/)[0];
      const now = SHARED_FIELDS.includes(title as SharedField)
        ? cellOf(sharedEntry(byId, folder.locales, id), title as SharedField)
        : SHEET_FIELDS.includes(field as SheetField)
          ? cellOf(byId.get(locale)?.get(id), field as SheetField)
          : null;
      if (now === null || !cell) continue;
      const date = faq.dates?.has(`${row},${column}`) && cell !== now ? cell : madeDate(cell, now);
      if (date)
        fail(
          faq,
          row,
          column,
          `"${date}" is a date that the spreadsheet made of what was typed${now ? ` (the file says "${now}")` : ''}. ` +
            'Format the column as text (in Excel: Home › Number Format › Text), type the cell again, and import again.',
          id,
        );
    }
    // Category and related entries: one cell for every language; unchanged, it changes nothing.
    const sharedValues = new Map<SharedField, string | string[]>();
    for (const { field, column } of shared) {
      const cell = (cells[column] ?? '').replace(/\r\n?/g, '\n');
      const value = field === 'related' ? cell.split(/[\s,;]+/).filter(Boolean) : cell.trim();
      const current = sharedEntry(byId, folder.locales, id)?.[field];
      if (same(current, value)) continue;
      if (field === 'category' && value && categories && !categories.includes(value as string)) {
        fail(
          faq,
          row,
          column,
          `"${value}" is not a category of ${folder.defaultLocale}.json: ` +
            `write one of ${categories.map((name) => `"${name}"`).join(', ')}, or add it to "categories" in every language first.`,
          id,
        );
        continue;
      }
      const wrong = Array.isArray(value) && value.find((other) => !ID.test(other));
      if (wrong) {
        fail(faq, row, column, `"${wrong}" is not an entry id: write the ids of related entries, one per line or separated by commas.`, id);
        continue;
      }
      sharedValues.set(field, value);
    }
    for (const locale of folder.locales) {
      const mine = columns.filter((column) => column.locale === locale);
      const name = `${locale}.json`;
      const entries = entriesOf.get(locale)!;
      const position = entries.findIndex((entry) => entry.id === id);
      if (position >= 0)
        for (const [field, value] of sharedValues) edit(name, ['entries', position, field], value.length ? value : undefined);
      if (mine.length === 0) continue;
      const values = new Map(mine.map(({ field, column }) => [field, { column, value: cellValue(field, cells[column] ?? '') }]));
      const empty = (field: SheetField) => values.has(field) && !values.get(field)!.value.length;
      if (position < 0 && [...values.values()].every(({ value }) => !value.length)) continue;
      for (const field of ['question', 'answer'] as const) {
        const instead = position < 0 ? `leave all the ${locale} cells of this row empty` : `to remove the entry, delete it in ${name}`;
        if (empty(field)) fail(faq, row, values.get(field)!.column, `the ${field} is empty: write one, or ${instead}.`, id);
      }
      if (position >= 0) {
        for (const [field, { value }] of values) {
          if (same(entries[position][keyOf(field)], value)) continue;
          edit(name, ['entries', position, keyOf(field)], value.length ? value : undefined);
        }
      } else if (!values.has('question') || !values.has('answer')) {
        fail(
          faq,
          row,
          mine[0].column,
          `"${id}" is not in ${name} yet: to add it, the sheet needs the columns "${locale} question" and "${locale} answer".`,
          id,
        );
      } else {
        // A new entry goes at the end of the file, with the category and related entries of its
        // row, else those of the entry in the other languages.
        const other = sharedEntry(byId, folder.locales, id);
        const entry: Record<string, unknown> = { id };
        for (const field of SHARED_FIELDS) {
          const value = sharedValues.get(field) ?? other?.[field];
          if (value?.length) entry[field] = value;
        }
        for (const [field, { value }] of values) if (value.length) entry[keyOf(field)] = value;
        const at = entries.length + (added.get(locale) ?? 0);
        added.set(locale, (added.get(locale) ?? 0) + 1);
        edit(name, ['entries', at], { id, question: entry.question, answer: entry.answer, ...entry }, true);
      }
    }
  });

  // A row deleted in the sheet: the editor may mean to delete the entry, or may have lost
  // the row. Deleting is asked for; the positions go from the last, so that each stays true.
  const missing = [...new Set([...entriesOf.values()].flatMap((entries) => entries.map((entry) => entry.id)))].filter(
    (id) => !seen.has(id),
  );
  if (deleteMissing) {
    for (const [locale, entries] of entriesOf) {
      for (let position = entries.length - 1; position >= 0; position--) {
        if (missing.includes(entries[position].id)) edit(`${locale}.json`, ['entries', position], undefined);
      }
    }
  }
  if (tests) importTests(folder, tests, fail, edit);
  return { files: problems.length ? new Map() : files, problems, missing };
}

// Test questions keep their order per locale; a row more or fewer adds or removes one.
function importTests(
  folder: FaqFolder,
  table: Table,
  fail: (table: Table, row: number, column: number, message: string) => void,
  edit: (name: string, path: (string | number)[], value: unknown, insert?: boolean) => void,
) {
  const [header = [], ...rows] = table.rows;
  TESTS_HEADER.forEach((title, column) => {
    if ((header[column] ?? '').trim().toLowerCase() !== title)
      fail(table, 0, column, `this column must be "${title}": the columns are ${TESTS_HEADER.map((name) => `"${name}"`).join(', ')}.`);
  });
  const wanted = new Map<string, TestQuestion[]>(
    folder.locales.filter((locale) => folder.text(`tests/${locale}.json`) !== null).map((locale) => [locale, []]),
  );
  rows.forEach((cells, index) => {
    const [locale = '', q = '', expect = ''] = cells.map((cell) => cell.trim());
    if (!locale && !q && !expect) return;
    if (!folder.locales.includes(locale))
      return fail(table, index + 1, 0, `"${locale}" is not a language of the FAQ (${folder.locales.join(', ')}).`);
    if (!q) return fail(table, index + 1, 1, 'the question is empty.');
    const ids = expect.split(/[\s,;]+/).filter(Boolean);
    const wrong = ids.find((id) => !ID.test(id));
    if (wrong)
      return fail(
        table,
        index + 1,
        2,
        `"${wrong}" is not an entry id: write the ids of the right answers, separated by commas, ` +
          'or nothing when the FAQ should not answer.',
      );
    if (!wanted.has(locale)) wanted.set(locale, []);
    wanted.get(locale)!.push({ q, expect: ids });
  });
  for (const [locale, list] of wanted) {
    const name = `tests/${locale}.json`;
    const current = folder.tests(locale);
    if (folder.text(name) === null) {
      if (list.length) edit(name, [], list);
      continue;
    }
    list.forEach((test, position) => {
      if (position >= current.length) return edit(name, [position], test, true);
      if (current[position].q !== test.q) edit(name, [position, 'q'], test.q);
      if (!same(current[position].expect, test.expect)) edit(name, [position, 'expect'], test.expect);
    });
    for (let position = current.length - 1; position >= list.length; position--) edit(name, [position], undefined);
  }
}

// The category ids of the default locale's file, or null when it lists none.
function categoriesOf(folder: FaqFolder): string[] | null {
  const text = folder.text(`${folder.defaultLocale}.json`);
  const categories = text === null ? null : (JSON.parse(readable(text)) as { categories?: { id?: unknown }[] }).categories;
  return Array.isArray(categories) ? categories.map((category) => String(category?.id)) : null;
}

// Dates as spreadsheets write them once they took a typed 4/3 or 1-2 for one.
const DATE = /^(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}-[A-Za-z]{3}(?:-\d{2,4})?)$/;

/**
 * The date in a cell that holds one where the file holds something else: a spreadsheet that
 * took a typed 4/3 for the 4th of March shows 2025-03-04. In a list, a date that replaced an
 * item. Null when nothing looks so.
 */
function madeDate(cell: string, now: string): string | null {
  const lines = cell.split(/\r\n?|\n/).map((line) => line.trim());
  const was = now.split('\n').map((line) => line.trim());
  const date = lines.find((line) => DATE.test(line) && !was.includes(line));
  if (!date) return null;
  // Only where something the file holds is gone: a date typed as new text is left alone.
  return was.some((line) => line && !DATE.test(line) && !lines.includes(line)) ? date : null;
}

// A cell as the field's value: lists one item per line. Spreadsheets may save line breaks
// as CRLF; answers keep LF, as the JSON has them.
function cellValue(field: SheetField, cell: string): string | string[] {
  const text = cell.replace(/\r\n?/g, '\n');
  if (field === 'link') return text.trim();
  if (field === 'alternates' || field === 'keywords')
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  return text.trim() === '' ? '' : text;
}

function same(current: Entry[keyof Entry] | string[], value: string | string[]): boolean {
  return JSON.stringify(current ?? (Array.isArray(value) ? [] : '')) === JSON.stringify(value);
}

/** A spreadsheet's column letter: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  return (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
}
