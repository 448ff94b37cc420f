// `npm run faq:check [-- <faq-data folder>] [--json]`: checks a faq-data folder and tells
// its editors, in plain words, what to fix and where. Exit code 1 when there are errors.
import { join, relative } from 'node:path';
import { checkFolder } from '../src/check/checkFolder';
import { folderFiles } from '../src/check/folderFiles';
import { errorsFirst, formatReport } from '../src/check/formatReport';
import { linksIn } from '../src/check/withoutLinks';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const json = args.includes('--json');
const folder = args.find((arg) => !arg.startsWith('--')) ?? 'faq-data';

// Only files inside the folder are read, never through a link out of it.
const files = folderFiles(folder);
const report = await checkFolder((name) => files.read(name));
// The build, npm start and releases refuse a symbolic link anywhere in the folder.
for (const link of linksIn(folder)) {
  report.problems.unshift({
    level: 'error',
    file: link,
    message: 'This file is a symbolic link, which the build, npm start and releases refuse: put the file itself in its place.',
  });
}
const shown = { ...report, problems: errorsFirst(report.problems).map((problem) => ({ ...problem, file: join(folder, problem.file) })) };
// The line shown under a problem; a file that was refused has none.
const source = (file: string) => {
  try {
    return files.read(relative(folder, file));
  } catch {
    return null;
  }
};
console.log(json ? JSON.stringify(shown, null, 2) : formatReport(shown, source));
process.exitCode = report.problems.some((problem) => problem.level === 'error') ? 1 : 0;
