// Writes the questions an editor accepted into the FAQ: as alternates of an entry, and as
// test questions, so that faq:check keeps checking them. Each goes in place, the rest of
// the files as they were.
import type { Problem } from '../check/Problem';
import { editJson } from './editJson';
import type { FaqFolder, TestQuestion } from './faqFolder';
import { normalize } from './groupQuestions';
import { reviewColumn, type Decision } from './reviewFile';

/** The new texts by file name, the questions still waiting for a new entry, and the mistakes. */
export interface Applied {
  files: Map<string, string>;
  added: Decision[];
  waiting: Decision[];
  problems: Problem[];
}

export function applyReview(folder: FaqFolder, file: string, decisions: Decision[]): Applied {
  const files = new Map<string, string>();
  const problems: Problem[] = [];
  const added: Decision[] = [];
  const waiting: Decision[] = [];
  const edit = (name: string, path: (string | number)[], value: unknown, insert = false) => {
    const text = files.get(name) ?? folder.text(name);
    files.set(name, text === null ? `${JSON.stringify([value], null, 2)}\n` : editJson(text, path, value, insert));
  };
  // Questions in the files, and those added so far, are not added twice.
  const tests = new Map<string, TestQuestion[]>();
  const alternates = new Map<string, string[]>();

  for (const decision of decisions) {
    const { row, action, entry, locale, question } = decision;
    const fail = (column: string, message: string) =>
      problems.push({ level: 'error', file, message: `row ${row}, ${reviewColumn(column)}: ${message}` });
    if (!folder.locales.includes(locale)) {
      fail('locale', `"${locale}" is not a language of the FAQ (${folder.locales.join(', ')}).`);
      continue;
    }
    if (action === 'new entry') {
      waiting.push(decision);
      continue;
    }
    const entries = folder.entries(locale);
    const position = entries.findIndex((each) => each.id === entry);
    if (action === 'alternate' && position < 0) {
      fail('entry', entry ? `${locale}.json has no entry "${entry}".` : 'write the id of the entry that answers this question.');
      continue;
    }
    if (entry && position < 0) {
      fail('entry', `${locale}.json has no entry "${entry}". Leave it empty when the FAQ should not answer this question.`);
      continue;
    }
    if (action === 'alternate') {
      const key = `${locale} ${entry}`;
      const current = alternates.get(key) ?? entries[position].alternates ?? [];
      if (!current.some((alternate) => normalize(alternate) === normalize(question))) {
        edit(
          `${locale}.json`,
          ['entries', position, 'alternates', ...(current.length ? [current.length] : [])],
          current.length ? question : [question],
          current.length > 0,
        );
        alternates.set(key, [...current, question]);
      }
    }
    const name = `tests/${locale}.json`;
    const list = tests.get(locale) ?? folder.tests(locale);
    if (!list.some((test) => normalize(test.q) === normalize(question))) {
      const test = { q: question, expect: entry ? [entry] : [] };
      edit(name, [list.length], test, true);
      tests.set(locale, [...list, test]);
    }
    added.push(decision);
  }
  return { files: problems.length ? new Map() : files, added, waiting, problems };
}
