// What faq:check says about the folder, placed where the editing page shows it: on each
// language's cell of an entry, and beside the field it is about. The words are the checker's
// own; only their place is worked out here, from the line and column the checker gives.
import { checkFolder, type FolderReport } from '../check/checkFolder';
import type { Problem } from '../check/Problem';
import { readJson } from '../check/readJson';
import { ENTRY } from '../data/format';
import { entriesOf, type EntryField, type Files } from './folderEdits';

/** What is known about one entry in one language. */
export interface CellStatus {
  /** The default language has the entry and this one does not. */
  missing: boolean;
  /** The checker's warning that the source changed since this was translated, with before and now. */
  stale?: Problem;
  /** The checker's words for each test question that expects this entry and does not get it. */
  failing: Problem[];
  /** Everything else the checker says about the entry here; `field` when it is about one field. */
  problems: (Problem & { field?: EntryField })[];
}

export interface FolderStatus {
  report: FolderReport;
  /** By `cellKey(locale, id)`. */
  cells: Map<string, CellStatus>;
  /** What is not about one entry: the files, their settings, tests that expect no answer. */
  general: Problem[];
}

const FIELDS = Object.keys(ENTRY).filter((field) => field !== 'id') as EntryField[];

export const cellKey = (locale: string, id: string) => `${locale} ${id}`;

/** Checks the folder as `npm run faq:check` does, and sorts what it says by entry and language. */
export async function folderStatus(files: Files, locales: string[]): Promise<FolderStatus> {
  const report = await checkFolder((name) => files.get(name) ?? null);
  const cells = new Map<string, CellStatus>();
  const cell = (locale: string, id: string) => {
    const key = cellKey(locale, id);
    if (!cells.has(key)) cells.set(key, { missing: false, failing: [], problems: [] });
    return cells.get(key)!;
  };
  for (const { locale, missing } of report.coverage) for (const id of missing) cell(locale, id).missing = true;
  const general: Problem[] = [];
  const localeOf = new Map(locales.map((locale) => [`${locale}.json`, locale]));
  for (const problem of report.problems) {
    const locale = localeOf.get(problem.file);
    if (locale && problem.entry) {
      const status = cell(locale, problem.entry);
      if (problem.stale) status.stale = problem;
      else status.problems.push({ ...problem, ...fieldAt(files, locale, problem) });
      continue;
    }
    const test = problem.file.startsWith('tests/') ? testAt(files, problem) : undefined;
    if (test?.expected.length) for (const id of test.expected) cell(test.locale, id).failing.push(problem);
    else general.push(problem);
  }
  return { report, cells, general };
}

// The field of the entry that the problem points at, found by the checker's own positions.
function fieldAt(files: Files, locale: string, problem: Problem): { field?: EntryField } {
  if (!problem.line) return {};
  const name = `${locale}.json`;
  const file = readJson(name, files.get(name) ?? '');
  if (!('value' in file)) return {};
  const entries = (file.value as { entries?: { id?: unknown }[] }).entries ?? [];
  const index = entries.findIndex((entry) => entry?.id === problem.entry);
  const at = (path: (string | number)[]) =>
    [file.position(path), file.position(path, true)].some((place) => place?.line === problem.line && place?.column === problem.column);
  for (const field of FIELDS) {
    const value = (entries[index] as Record<string, unknown> | undefined)?.[field];
    const items = Array.isArray(value) ? value.map((_, position) => [field, position]) : [];
    if ([[field], ...items].some((path) => at(['entries', index, ...path]))) return { field };
  }
  return {};
}

// The test question a problem of tests/<locale>.json is about, and the entries it expects.
function testAt(files: Files, problem: Problem): { locale: string; expected: string[] } | undefined {
  const file = readJson(problem.file, files.get(problem.file) ?? '');
  if (!('value' in file) || !Array.isArray(file.value)) return undefined;
  const position = file.value.findIndex((_, index) => file.position([index, 'q'])?.line === problem.line);
  const expected = (file.value[position] as { expect?: unknown } | undefined)?.expect;
  const locale = problem.file.slice('tests/'.length, -'.json'.length);
  return { locale, expected: Array.isArray(expected) ? expected.filter((id) => typeof id === 'string') : [] };
}

/** Every entry id: the default language's in the order of its file, then those only a translation has, so that none is hidden. */
export function entryIds(files: Files, locales: string[], defaultLocale: string): string[] {
  const ids = new Set(entriesOf(files, defaultLocale).map((entry) => entry.id));
  for (const locale of locales) for (const entry of entriesOf(files, locale)) ids.add(entry.id);
  return [...ids];
}
