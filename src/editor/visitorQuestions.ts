// The questions visitors asked, from a file an editor exports from the site's analytics:
// a CSV with the columns question, locale and count, or Matomo's Site Search Keywords
// report, which the Matomo snippet of docs/analytics fills.
import type { Problem } from '../check/Problem';
import { parseCsv } from './csv';

/** A question as visitors typed it, and how often. */
export interface VisitorQuestion {
  question: string;
  /** Empty when the export does not say. */
  locale: string;
  count: number;
}

// Column names, as written by hand, by Matomo (its API names, or its English labels) or by
// Plausible's breakdown of a custom property.
const QUESTION = ['question', 'label', 'keyword'];
const COUNT = ['count', 'nb_visits', 'searches', 'visits', 'events'];
const LOCALE = ['locale', 'language', 'lang'];

/**
 * The questions of an export. A regional locale (fr-CA) becomes its language (fr) when the
 * FAQ has that; a locale not in the FAQ, or not given, is left empty.
 */
export function visitorQuestions(file: string, text: string, locales: string[]): { questions: VisitorQuestion[]; problems: Problem[] } {
  const [header = [], ...rows] = parseCsv(text);
  const names = header.map((name) => name.trim().toLowerCase());
  const column = (choices: string[]) => names.findIndex((name) => choices.includes(name));
  const [question, count, locale] = [column(QUESTION), column(COUNT), column(LOCALE)];
  if (question < 0) {
    const message =
      'the first row must name the columns: "question", and if you have them "locale" and "count". ' +
      "An export of Matomo's Site Search Keywords report is read too.";
    return { questions: [], problems: [{ level: 'error', file, message }] };
  }
  const problems: Problem[] = [];
  const questions: VisitorQuestion[] = [];
  rows.forEach((cells, index) => {
    const asked = (cells[question] ?? '').trim();
    if (!asked) return;
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
  return { questions, problems };
}
