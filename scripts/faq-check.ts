// `npm run faq:check [-- <faq-data folder>] [--json]`: checks a faq-data folder and tells
// its editors, in plain words, what to fix and where. Exit code 1 when there are errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFolder } from '../src/check/checkFolder';
import { formatReport } from '../src/check/formatReport';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const json = args.includes('--json');
const folder = args.find((arg) => !arg.startsWith('--')) ?? 'faq-data';

const read = (name: string): string | null => {
  try {
    return readFileSync(join(folder, name), 'utf8');
  } catch {
    return null;
  }
};
const report = await checkFolder(read);
const relative = { ...report, problems: report.problems.map((problem) => ({ ...problem, file: join(folder, problem.file) })) };
console.log(json ? JSON.stringify(relative, null, 2) : formatReport(relative, (file) => read(file.slice(folder.length + 1))));
process.exitCode = report.problems.some((problem) => problem.level === 'error') ? 1 : 0;
