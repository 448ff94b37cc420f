// Tables in and out of files: an Excel workbook (.xlsx) with one sheet per table, or CSV
// files, the FAQ in the file named and the test questions beside it (faq.csv, faq.tests.csv).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { decodeText, parseCsv, toCsv } from './csv';
import type { Table } from './faqTables';

/** Whether a file name is a CSV file; every other name is taken as a workbook. */
export const isCsv = (file: string) => /\.csv$/i.test(file);

/** The file of test questions that goes with a CSV file of the FAQ. */
export const testsCsvOf = (file: string) => file.replace(/\.csv$/i, '.tests.csv');

/** Writes the tables: as sheets of a workbook, or each table as the CSV file named. */
export async function writeTables(tables: { file: string; table: Table }[]): Promise<void> {
  const csv = tables.filter(({ file }) => isCsv(file));
  for (const { file, table } of csv) writeFileSync(file, toCsv(table.rows));
  const sheets = tables.filter(({ file }) => !isCsv(file));
  if (sheets.length === 0) return;
  const workbook = new ExcelJS.Workbook();
  for (const { table } of sheets) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    sheet.addRows(table.rows);
    sheet.getRow(1).font = { bold: true };
    // Wide enough to read an answer, wrapped so that lists show one item per line.
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 24 : 40;
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  await workbook.xlsx.writeFile(sheets[0].file);
}

/** The tables of a workbook, by sheet name, or of a CSV file. */
export async function readTables(file: string): Promise<Table[]> {
  if (isCsv(file)) {
    const tests = testsCsvOf(file);
    return [file, ...(existsSync(tests) ? [tests] : [])].map((name) => ({ name, rows: parseCsv(decodeText(name, readFileSync(name))) }));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    for (let row = 1; row <= sheet.rowCount; row++) {
      const cells = sheet.getRow(row);
      rows.push(Array.from({ length: sheet.columnCount }, (_, column) => textOf(cells.getCell(column + 1).value)));
    }
    return { name: sheet.name, rows };
  });
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
