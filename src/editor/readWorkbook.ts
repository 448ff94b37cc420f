// A workbook's sheets as tables, read within bounds. A workbook comes from anyone who can
// send an editor a file, and faq:import must answer each one with a sentence: a few
// kilobytes naming cell XFD1048576 or unpacking to gigabytes must not take the machine's
// memory, nor a damaged file end in a stack trace.
import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { columnName } from './importTables';
import type { Table } from './faqTables';
import { ZipError, zipEntries } from './zipEntries';

// Far beyond an FAQ of 10,000 entries in a dozen languages (about 5 MB zipped, 40 MB unpacked).
const LARGEST_FILE = 64 * 2 ** 20;
const LARGEST_UNPACKED = 512 * 2 ** 20;
const MOST_PARTS = 10_000;
const MOST_ROWS = 200_000;
const MOST_COLUMNS = 1_000;

/** A file that is not a workbook faq:import can read; its message is one line that says why and what to do. */
export class WorkbookError extends Error {}

/** Refuses a file larger than any spreadsheet of an FAQ, before reading it. */
export function checkFileSize(file: string): void {
  const { size } = statSync(file);
  if (size > LARGEST_FILE)
    throw new WorkbookError(`${file}: error: the file is ${megabytes(size)}, more than the ${megabytes(LARGEST_FILE)} faq:import reads.`);
}

/** The sheets of an .xlsx workbook, each as the text of its cells. */
export async function readWorkbook(file: string): Promise<Table[]> {
  const fail = (why: string): never => {
    throw new WorkbookError(
      `${file}: error: ${why}. Save it from your spreadsheet as "Excel Workbook (.xlsx)", ` +
        `or export the FAQ again with "npm run faq:export -- --out ${file}".`,
    );
  };
  checkFileSize(file);
  const zip = readFileSync(file);
  try {
    const entries = zipEntries(zip);
    if (entries.length > MOST_PARTS) fail(`it has ${entries.length} parts, more than a workbook of an FAQ`);
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (unpacked > LARGEST_UNPACKED)
      fail(`it unpacks to ${megabytes(unpacked)}, more than the ${megabytes(LARGEST_UNPACKED)} faq:import reads`);
    // An OpenDocument file under another name: its first part says so.
    const mimetype = entries.find((entry) => entry.name === 'mimetype');
    if (mimetype?.bytes().toString('utf8').startsWith('application/vnd.oasis.opendocument'))
      throw new WorkbookError(
        `${file}: error: this is an OpenDocument spreadsheet (.ods) under another name, which faq:import does not read. ` +
          'Open it in LibreOffice and save it with File › Save As, file type "Excel 2007-365 (.xlsx)", then import that file.',
      );
    for (const entry of entries) {
      const bytes = entry.bytes();
      // A sheet declares its extent at its start: refuse a huge one before building it.
      const declared =
        /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) &&
        /<dimension ref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"/.exec(bytes.toString('utf8', 0, 4096));
      if (declared) checkExtent(columnNumber(declared[1]), Number(declared[2]), fail);
    }
  } catch (error) {
    if (error instanceof ZipError) fail(`it is not a workbook that can be read: ${error.message}`);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength));
  } catch (error) {
    fail(`it is not a workbook that can be read (${String((error as Error)?.message ?? error).split('\n')[0]})`);
  }
  if (workbook.worksheets.length === 0) fail('it is not a workbook that can be read: it holds no sheet');
  return workbook.worksheets.map((sheet) => {
    // Only the cells that hold something are visited, whatever extent the sheet claims.
    const rows: string[][] = [];
    // What the spreadsheet holds as a date was typed as something else, most often: faq:import reports it.
    const dates = new Set<string>();
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const text = textOf(cell.value);
        if (!text) return;
        checkExtent(column, rowNumber, (why) => fail(`sheet "${sheet.name}" ${why}`));
        cells[column - 1] = text;
        if (isDate(cell.value)) dates.add(`${rowNumber - 1},${column - 1}`);
      });
      if (cells.length) rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
    });
    return { name: sheet.name, rows: Array.from(rows, (cells) => cells ?? []), dates };
  });
}

function checkExtent(column: number, row: number, fail: (why: string) => never): void {
  if (column > MOST_COLUMNS || row > MOST_ROWS)
    fail(
      `it reaches cell ${columnName(column - 1)}${row}, beyond the ${MOST_COLUMNS.toLocaleString('en')} columns and ` +
        `${MOST_ROWS.toLocaleString('en')} rows faq:import reads: delete the rows and columns after the table`,
    );
}

// A column's number from its letters: A → 1, XFD → 16384.
function columnNumber(letters: string): number {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

// A date, or a formula whose result is one.
function isDate(value: ExcelJS.CellValue): boolean {
  return value instanceof Date || (typeof value === 'object' && value !== null && 'result' in value && value.result instanceof Date);
}

// A cell's text, whatever Excel made of what was typed: a number, a date, a link, or text
// with some words in bold.
function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : textOf(value.text as ExcelJS.CellValue);
  if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
  return '';
}
