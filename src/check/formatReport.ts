import type { FolderReport } from './checkFolder';
import type { Problem } from './Problem';

/** The checker's findings as text for a terminal or an overlay, with the line to fix shown. */
export function formatReport(report: FolderReport, source: (file: string) => string | null): string {
  const out: string[] = [];
  // Each file is read and split once: a large file with many problems would otherwise be
  // read again for each, and each line shown would keep its own copy of the file alive.
  const lines = new Map<string, string[] | undefined>();
  const lineOf = (file: string, line: number) => {
    if (!lines.has(file)) lines.set(file, source(file)?.split('\n'));
    return lines.get(file)?.[line - 1];
  };
  for (const problem of errorsFirst(report.problems)) {
    out.push(formatProblem(problem));
    const text = problem.line ? lineOf(problem.file, problem.line) : undefined;
    if (text !== undefined && problem.column) {
      // A long line (an answer) is shown around the column only.
      const start = Math.max(0, problem.column - 40);
      const shown = `${start > 0 ? '…' : ''}${text.slice(start, start + 100)}${text.length > start + 100 ? '…' : ''}`;
      const number = String(problem.line);
      out.push(
        `  ${number} | ${shown}`,
        `  ${' '.repeat(number.length)} | ${' '.repeat(problem.column - 1 - start + (start > 0 ? 1 : 0))}^`,
      );
    }
  }
  if (report.coverage.length > 1) {
    out.push('', 'Translations (entries missing, compared with the default locale):');
    for (const { locale, missing } of report.coverage)
      out.push(`  ${locale.padEnd(8)} ${missing.length === 0 ? 'complete' : missing.join(', ')}`);
  }
  if (report.tests.length > 0) {
    out.push('', 'Test questions answered as expected:');
    for (const { locale, total, passed } of report.tests) out.push(`  ${locale.padEnd(8)} ${passed} of ${total}`);
  }
  const errors = report.problems.filter(isError).length;
  const warnings = report.problems.length - errors;
  out.push('', `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`);
  return out.join('\n');
}

/** One problem on one line: `en.json:12:7: error: entry "founded": …`. */
export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${place}: ${problem.level}: ${problem.entry ? `entry "${problem.entry}": ` : ''}${problem.message}`;
}

const isError = (problem: Problem) => problem.level === 'error';

/** The problems with the errors first, each kind in its order: warnings would bury what stops the widget. */
export function errorsFirst(problems: Problem[]): Problem[] {
  return [...problems.filter(isError), ...problems.filter((problem) => !isError(problem))];
}
