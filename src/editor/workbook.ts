// Tables in and out of files: an Excel workbook (.xlsx) with one sheet per table, or CSV
// files, the FAQ in the file named and the test questions beside it (faq.csv, faq.tests.csv).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { decodeText, parseCsv, toCsv } from './csv';
import type { Table } from './faqTables';
import { checkFileSize, readWorkbook, WorkbookError } from './readWorkbook';

/** Whether a file name is a CSV file; every other name is taken as a workbook. */
export const isCsv = (file: string) => /\.csv$/i.test(file);

// OpenDocument, Numbers and the older Excel formats: spreadsheets that save as .xlsx or CSV too.
const OTHER_FORMATS: Record<string, string> = {
  ods: 'an OpenDocument spreadsheet (.ods), of LibreOffice or OpenOffice',
  fods: 'an OpenDocument spreadsheet (.fods), of LibreOffice',
  numbers: 'an Apple Numbers file',
  xls: 'an Excel 97-2003 workbook (.xls)',
};

/**
 * Refuses a file name in a format the editors' commands neither read nor write, with the
 * way to save the spreadsheet as one they do. A name ending otherwise than .csv is taken as
 * an .xlsx workbook.
 */
export function checkFormat(file: string, command: 'export' | 'import'): void {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const format = OTHER_FORMATS[extension];
  if (!format) return;
  const xlsx = file.replace(/\.[^./\\]+$/, '.xlsx');
  throw new WorkbookError(
    command === 'export'
      ? `${file}: error: faq:export writes an Excel workbook (.xlsx) or CSV, not ${format}. ` +
          `Export to "${xlsx}", which LibreOffice, Numbers and Google Sheets open and save as it is.`
      : `${file}: error: this is ${format}, which faq:import does not read. ` +
          `Open it in its spreadsheet and save it as "Excel 2007-365 (.xlsx)" (in LibreOffice: File › Save As, ` +
          `file type "Excel 2007-365"), then import "${xlsx}"; or save each sheet as "Text CSV" in UTF-8.`,
  );
}

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
  checkFormat(file, 'import');
  if (!isCsv(file)) return readWorkbook(file);
  const tests = testsCsvOf(file);
  return [file, ...(existsSync(tests) ? [tests] : [])].map((name) => {
    checkFileSize(name);
    return { name, rows: parseCsv(decodeText(name, readFileSync(name))) };
  });
}
