// The review file of faq:misses: a CSV that the editor opens in a spreadsheet, marks, and
// gives back to `faq:misses -- --apply`.
import type { Problem } from '../check/Problem';
import { parseCsv, toCsv } from './csv';
import { columnName } from './importTables';
import type { Action, Proposal } from './proposeChanges';

const REVIEW_HEADER = [
  'accept',
  'action',
  'entry',
  "entry's question",
  'locale',
  'question',
  'asked',
  'widget today',
  'nearest entries (confidence)',
  'also asked as',
];
// How an action is written in the file: words an editor can type back.
const ACTION_WORDS: Record<Action, string> = { alternate: 'alternate', test: 'test question', 'new entry': 'new entry' };
const YES = /^(yes|y|x|ok|1|true)$/i;

/** A row the editor accepted. */
export interface Decision {
  row: number;
  action: Action;
  entry: string;
  locale: string;
  question: string;
}

/**
 * The proposals as a CSV file, with the accept column empty for the editor to fill. Each
 * entry named is shown with its question, which `questionOf` gives by locale and id.
 */
export function reviewCsv(proposals: Proposal[], questionOf: (locale: string, id: string) => string | undefined): string {
  const rows = proposals.map(({ group, action, entry, answer, nearest }) => [
    '',
    ACTION_WORDS[action],
    entry,
    (entry && questionOf(group.locale, entry)) ?? '',
    group.locale,
    group.question,
    String(group.count),
    answer ? `answers with ${answer}` : 'no answer',
    nearest.map(({ id, question, score }) => `${id} ${score.toFixed(2)}: ${question}`).join('\n'),
    group.variants.join('\n'),
  ]);
  return toCsv([REVIEW_HEADER, ...rows]);
}

/** The rows marked as accepted, or what is wrong with them. */
export function readReview(file: string, text: string): { decisions: Decision[]; problems: Problem[] } {
  const [header = [], ...rows] = parseCsv(text);
  const at = (name: string) => header.findIndex((title) => title.trim().toLowerCase() === name);
  const columns = { accept: at('accept'), action: at('action'), entry: at('entry'), locale: at('locale'), question: at('question') };
  const missing = Object.entries(columns)
    .filter(([, column]) => column < 0)
    .map(([name]) => `"${name}"`);
  if (missing.length) {
    return {
      decisions: [],
      problems: [
        {
          level: 'error',
          file,
          message: `row 1: the columns ${missing.join(', ')} are missing. Use the file that "npm run faq:misses" wrote.`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const decisions: Decision[] = [];
  rows.forEach((cells, index) => {
    const cell = (column: number) => (cells[column] ?? '').trim();
    if (!YES.test(cell(columns.accept))) return;
    const written = cell(columns.action).toLowerCase();
    const action = (Object.keys(ACTION_WORDS) as Action[]).find((name) => written === name || written === ACTION_WORDS[name]);
    if (!action) {
      const message =
        `row ${index + 2}, column ${columnName(columns.action)} ("action"): ` +
        `"${written}" is not an action: write "alternate", "test question" or "new entry".`;
      return problems.push({ level: 'error', file, message });
    }
    decisions.push({ row: index + 2, action, entry: cell(columns.entry), locale: cell(columns.locale), question: cell(columns.question) });
  });
  return { decisions, problems };
}

/** Where a column of the review file is, for messages. */
export function reviewColumn(name: string): string {
  return `column ${columnName(REVIEW_HEADER.indexOf(name))} ("${name}")`;
}
