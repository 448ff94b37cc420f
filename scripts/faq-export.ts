// `npm run faq:export -- [--out faq.xlsx|faq.csv] [--data <faq-data folder>]`: the FAQ as
// a spreadsheet for editors and translators, one row per entry with its category and related
// entries, five columns per language and each translation's status, and the test questions
// on a sheet of their own (or in faq.tests.csv).
import { FolderError } from '../src/check/folderFiles';
import { readArgs } from '../src/editor/args';
import { openFolder } from '../src/editor/faqFolder';
import { folderTables } from '../src/editor/faqTables';
import { WorkbookError } from '../src/editor/readWorkbook';
import { checkFormat, isCsv, testsCsvOf, writeTables } from '../src/editor/workbook';

const { option } = readArgs(process.argv.slice(2), ['out', 'data']);
const out = option('out') ?? 'faq.xlsx';
try {
  checkFormat(out, 'export');
  const folder = openFolder(option('data') ?? 'faq-data');
  const { faq, tests } = await folderTables(folder);
  await writeTables([
    { file: out, table: faq },
    { file: isCsv(out) ? testsCsvOf(out) : out, table: tests },
  ]);
  console.log(
    `${isCsv(out) ? `${out} and ${testsCsvOf(out)}` : out}: ` +
      `${faq.rows.length - 1} entries in ${folder.locales.length} languages, ${tests.rows.length - 1} test questions.`,
  );
  console.log(`Edit it, then run "npm run faq:import -- ${out}" to write the changes back into ${folder.path}.`);
} catch (error) {
  if (error instanceof WorkbookError) console.error(error.message);
  else if (error instanceof FolderError) console.error(`faq:export: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
