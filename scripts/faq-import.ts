// `npm run faq:import -- <faq.xlsx|faq.csv> [--data <faq-data folder>] [--delete-missing]`:
// writes a spreadsheet made by faq:export back into the JSON files. Only the cells that differ
// from the files change them; a mistake in the sheet stops the import before any file is
// written. Entries whose row was deleted are named, and deleted in every language only with
// --delete-missing.
import { join } from 'node:path';
import { FolderError } from '../src/check/folderFiles';
import { formatProblem } from '../src/check/formatReport';
import { readArgs } from '../src/editor/args';
import { EncodingError } from '../src/editor/csv';
import { openFolder } from '../src/editor/faqFolder';
import { FAQ_SHEET, TESTS_SHEET } from '../src/editor/faqTables';
import { WorkbookError } from '../src/editor/readWorkbook';
import { importTables } from '../src/editor/importTables';
import { isCsv, readTables } from '../src/editor/workbook';

const { positional, option, flag } = readArgs(process.argv.slice(2), ['data']);
const file = positional[0];
if (!file) {
  console.error('Name the spreadsheet to import: npm run faq:import -- faq.xlsx');
  process.exit(1);
}
try {
  const folder = openFolder(option('data') ?? 'faq-data');
  const tables = await readTables(file);
  const csv = isCsv(file);
  const faq = csv ? tables[0] : tables.find((table) => table.name === FAQ_SHEET);
  const tests = csv ? (tables[1] ?? null) : (tables.find((table) => table.name === TESTS_SHEET) ?? null);
  if (!faq) {
    console.error(`${file}: error: there is no sheet named "${FAQ_SHEET}". Export one with "npm run faq:export -- --out ${file}".`);
    process.exit(1);
  }
  const { files, problems, missing } = importTables(folder, file, faq, tests, !csv, flag('delete-missing'));
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length) {
    console.log(
      `\n${problems.length} ${problems.length === 1 ? 'error' : 'errors'}: nothing was written. Correct the sheet and import it again.`,
    );
    process.exit(1);
  }
  if (missing.length && flag('delete-missing')) {
    console.log(`Deleting in every language the entries that the sheet no longer has: ${missing.join(', ')}.`);
  } else if (missing.length) {
    console.log(
      `The sheet has no row for ${missing.length === 1 ? 'this entry' : 'these entries'}, which the files keep: ${missing.join(', ')}.\n` +
        'To delete them in every language, import again with --delete-missing; to keep them, add their rows back.',
    );
  }
  const changed = [...files].filter(([name, text]) => folder.text(name) !== text);
  for (const [name, text] of changed) folder.write(name, text);
  console.log(
    changed.length
      ? `Changed ${changed.map(([name]) => join(folder.path, name)).join(', ')}.`
      : missing.length
        ? 'No other changes.'
        : 'No changes: the files already say what the sheet says.',
  );
  const stillNamed = ': it names the related entries, suggestions and test questions that still name a deleted entry';
  if (changed.length) console.log(`Run "npm run faq:check" to check them${missing.length && flag('delete-missing') ? stillNamed : ''}.`);
} catch (error) {
  if (error instanceof EncodingError || error instanceof WorkbookError) console.error(`${error.message} Nothing was written.`);
  else if (error instanceof FolderError) console.error(`faq:import: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
