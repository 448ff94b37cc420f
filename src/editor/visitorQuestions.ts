// The questions visitors asked, from a file an editor exports from the site's analytics
// (docs/analytics.md), read as each tool writes it: a CSV made by hand with the columns
// question, locale and count; Matomo's Site Search Keywords report, in any interface
// language; GA4's "Download CSV" of a breakdown by question, with its "#" lines; and
// Plausible's export of custom properties (custom_props.csv).
import type { Problem } from '../check/Problem';
import { parseCsv } from './csv';

/** A question as visitors typed it, and how often. */
export interface VisitorQuestion {
  question: string;
  /** Empty when the export does not say. */
  locale: string;
  count: number;
}

// Column names, as written by hand, by Matomo (its API names, or its English labels), by
// GA4 (the custom dimension's name, and its "Event count") or by Plausible.
const QUESTION = ['question', 'label', 'keyword'];
const COUNT = ['count', 'nb_visits', 'searches', 'visits', 'events', 'event count', 'visitors'];
const LOCALE = ['locale', 'language', 'lang'];
// Rows of a report that are not questions: GA4's "(not set)" and "(other)", and totals.
const NOT_QUESTIONS = /^(\(not set\)|\(other\)|totals?|grand total)$/i;
// What the analytics snippets put in place of an e-mail address or a phone number.
const MASK = /\[(e-mail|number)\]/gi;

/**
 * The questions of an export. A regional locale (fr-CA) becomes its language (fr) when the
 * FAQ has that; a locale not in the FAQ, or not given, is left empty.
 */
export function visitorQuestions(file: string, text: string, locales: string[]): { questions: VisitorQuestion[]; problems: Problem[] } {
  const [header = [], ...rows] = table(text);
  const names = header.map((name) => name.trim().toLowerCase());
  const column = (choices: string[]) => names.findIndex((name) => choices.includes(name));
  const problems: Problem[] = [];
  let [question, count, locale] = [column(QUESTION), column(COUNT), column(LOCALE)];
  let kept = rows;
  if (names.includes('property') && names.includes('value')) {
    // Plausible: one row per value of each custom property; the questions are the values
    // of the property "question".
    const property = names.indexOf('property');
    kept = rows.filter((cells) => (cells[property] ?? '').trim().toLowerCase() === 'question');
    if (kept.length === 0) {
      const found = [...new Set(rows.map((cells) => (cells[property] ?? '').trim()).filter(Boolean))];
      const message =
        `this Plausible export has no rows of the property "question" (it has ${found.map((name) => `"${name}"`).join(', ') || 'none'}): ` +
        'export the custom properties of the goal "FAQ question" or "FAQ unanswered".';
      return { questions: [], problems: [{ level: 'error', file, message }] };
    }
    // Events count each question asked; visitors, each person who asked it.
    [question, count] = [names.indexOf('value'), names.includes('events') ? names.indexOf('events') : column(['visitors'])];
  } else if (question < 0 && byPosition(rows)) {
    // Matomo names its columns in the interface's language; its report is always the
    // keyword, then how many searches.
    [question, count] = [0, 1];
    const message =
      `the columns are not named "question" and "count" (the first row is ${header.map((name) => `"${name}"`).join(', ')}): ` +
      `the first column is read as the question and the second as how often it was asked, as in Matomo's report.`;
    problems.push({ level: 'warning', file, message });
  }
  if (question < 0) {
    const message =
      'the first row must name the columns: "question", and if you have them "locale" and "count" ' +
      `(this file's first row is ${header.map((name) => `"${name}"`).join(', ') || 'empty'}). ` +
      "Exports of Matomo's Site Search Keywords report, of GA4 and of Plausible's custom properties are read too.";
    return { questions: [], problems: [{ level: 'error', file, message }] };
  }
  const questions: VisitorQuestion[] = [];
  const noise: string[] = [];
  kept.forEach((cells, index) => {
    const asked = (cells[question] ?? '').trim();
    if (!asked || NOT_QUESTIONS.test(asked)) return;
    if (isNoise(asked)) return void noise.push(asked);
    const given = (cells[locale] ?? '').trim().toLowerCase();
    const language = locales.find((name) => name === given) ?? locales.find((name) => name === given.split(/[-_]/)[0]);
    if (given && !language) {
      problems.push({
        level: 'warning',
        file,
        message: `row ${index + 2}: "${given}" is not a language of the FAQ; the question is read in the language it matches best.`,
      });
    }
    const times = Number((cells[count] ?? '1').replace(/[^\d]/g, '')) || 1;
    questions.push({ question: asked, locale: language ?? '', count: times });
  });
  if (noise.length) {
    const message =
      `${noise.length} ${noise.length === 1 ? 'question holds' : 'questions hold'} little but an e-mail address or a number, ` +
      `such as "${noise[0]}": left out.`;
    problems.push({ level: 'warning', file, message });
  }
  return { questions, problems };
}

// The table of an export. GA4 writes its report in sections, each after lines of "#" that
// say what it is (a chart's series by day, then the table): the one read is the first whose
// first row names the questions, or else the first. Other files are one table, in which a
// question may well start with "#".
function table(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.startsWith('#')) return parseCsv(body);
  const sections = body
    .split(/^(?:#[^\n]*(?:\n|$))+/m)
    .filter((section) => section.trim())
    .map(parseCsv);
  const names = (rows: string[][]) => (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const named = sections.find((rows) => names(rows).some((name) => QUESTION.includes(name) || name === 'property'));
  return named ?? sections[0] ?? [];
}

// Whether a file without the names of its columns has Matomo's shape: text, then a count.
function byPosition(rows: string[][]): boolean {
  const filled = rows.filter((cells) => cells.some((cell) => cell.trim()));
  return filled.length > 0 && filled.every((cells) => cells.length >= 2 && /^\s*\d[\d\s.,]*\s*$/.test(cells[1]));
}

// A visitor who typed an e-mail address or a phone number, alone or with a few words
// ("my email is [e-mail]"), asked nothing the FAQ could answer.
function isNoise(question: string): boolean {
  const rest = question.replace(MASK, ' ');
  if (!/\p{L}/u.test(rest)) return true;
  return rest !== question && rest.trim().split(/\s+/).length <= 3;
}
