import {
  ENTRY,
  ENTRY_FORMS,
  fieldsOf,
  ID,
  isObject,
  isText,
  isUiText,
  LOCALE_FILE,
  LOCALE_FILE_FORMS,
  MAX_ANSWER_LENGTH,
} from '../data/format';
import en from '../i18n/en.json';
import { MOST_MARKS } from '../search/tokenize';
import { answerProblems } from './answerProblems';
import { linkProblem } from './linkProblem';
import type { Problem } from './Problem';
import type { JsonFile } from './readJson';

/** What a locale file holds, as far as the rest of the check needs it. */
export interface CheckedLocale {
  /** Ids of the entries, in order, duplicates once. */
  ids: string[];
  problems: Problem[];
}

const FILE_FIELDS = fieldsOf(LOCALE_FILE, true);
const ENTRY_FIELDS = fieldsOf(ENTRY);

const list = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
// The longest question, alternate or keyword worth searching: a visitor's question is cut
// at 500 characters (search/FaqIndex.ts), and each text is read by every visitor's browser.
const MAX_SEARCH_TEXT = 1_000;
// More combining marks on one letter than the search reads (search/tokenize.ts): no
// language needs them, and each visitor's browser would still pass over them.
const MARK_RUN = new RegExp(String.raw`\p{M}{${MOST_MARKS + 1}}`, 'u');

/** Checks one locale file against the rules of the README's "The FAQ data". */
export function checkLocale(file: JsonFile, locale: string): CheckedLocale {
  const problems: Problem[] = [];
  const report = (path: (string | number)[], message: string, entry?: string, level: Problem['level'] = 'error') =>
    problems.push({ level, file: file.name, ...file.position(path), ...(entry !== undefined && { entry }), message });
  // A misspelled field is pointed at by its name, not its value.
  const unknown = (path: (string | number)[], kind: string, known: string[], entry?: string) =>
    problems.push({
      level: 'error',
      file: file.name,
      ...file.position(path, true),
      ...(entry !== undefined && { entry }),
      message: `"${path.at(-1)}" is not a known field of ${kind} (known: ${list(known)}). Is it misspelled?`,
    });
  const root = file.value;
  if (!isObject(root)) {
    report([], 'The file must hold one object: { "locale": …, "entries": [ … ] }.');
    return { ids: [], problems };
  }

  for (const field of Object.keys(root)) {
    if (!FILE_FIELDS.includes(field)) unknown([field], 'a locale file', FILE_FIELDS);
  }
  if (root.locale !== locale) report(['locale'], `"locale" must be ${LOCALE_FILE_FORMS.locale}: "${locale}".`);
  for (const field of ['title', 'greeting'] as const) {
    if (field in root && !LOCALE_FILE[field].accepts(root[field])) report([field], `"${field}" must be ${LOCALE_FILE_FORMS[field]}.`);
  }
  if ('contact' in root) {
    const contact = root.contact;
    if (!isObject(contact) || !isText(contact.label) || !isText(contact.url)) {
      report(['contact'], `"contact" must be ${LOCALE_FILE_FORMS.contact}.`);
    } else {
      const problem = linkProblem(contact.url);
      if (problem) report(['contact', 'url'], problem);
    }
  }
  if ('ui' in root) {
    if (!isObject(root.ui)) report(['ui'], `"ui" must be ${LOCALE_FILE_FORMS.ui}.`);
    else {
      for (const [key, value] of Object.entries(root.ui)) {
        if (!(key in en))
          report(['ui', key], `"${key}" is not a text of the widget (known: ${list(Object.keys(en))}).`, undefined, 'warning');
        else if (typeof value !== 'string') report(['ui', key], `"${key}" must be a text in quotes.`);
        // The widget ignores the whole "ui" for one such text, a known one or not.
        if (typeof value === 'string' && !isUiText(value)) {
          const message =
            `"${key}" contains "$t(", which the widget does not allow: write the words out. ` +
            'Only {{…}} placeholders, as in the English text, are filled in.';
          report(['ui', key], message);
        }
      }
    }
  }
  const categories = new Set<string>();
  if ('categories' in root) {
    if (!Array.isArray(root.categories)) report(['categories'], `"categories" must be ${LOCALE_FILE_FORMS.categories}.`);
    else {
      root.categories.forEach((category, index) => {
        if (isObject(category) && isText(category.id) && isText(category.title)) categories.add(category.id);
        else report(['categories', index], 'Each category must be { "id": "…", "title": "…" }.');
      });
    }
  }

  if (!LOCALE_FILE.entries.accepts(root.entries) || !Array.isArray(root.entries)) {
    report(['entries'], `"entries" must be ${LOCALE_FILE_FORMS.entries}.`);
    return { ids: [], problems };
  }
  const firstLine = new Map<string, number | undefined>();
  const ids: string[] = [];
  const related: [string, number, number, string][] = [];
  root.entries.forEach((entry, index) => {
    const at = (...path: (string | number)[]) => ['entries', index, ...path];
    if (!isObject(entry)) return report(at(), `Entry number ${index + 1} must be an object { "id": …, "question": …, "answer": … }.`);
    const name = isText(entry.id) ? entry.id : `number ${index + 1}`;
    const fail = (path: (string | number)[], message: string) => report(at(...path), message, name);

    if (!('id' in entry)) fail([], 'The entry has no "id".');
    else if (typeof entry.id !== 'string' || !ID.test(entry.id)) fail(['id'], `"id" must be ${ENTRY_FORMS.id}.`);
    else if (firstLine.has(entry.id))
      fail(
        ['id'],
        `The id "${entry.id}" is used twice (first on line ${firstLine.get(entry.id)}); ids must be unique. The widget keeps the first.`,
      );
    else {
      firstLine.set(entry.id, file.position(at('id'))?.line);
      ids.push(entry.id);
    }
    for (const field of Object.keys(entry)) {
      if (!ENTRY_FIELDS.includes(field)) unknown(at(field), 'an entry', ENTRY_FIELDS, name);
    }
    if (!('question' in entry)) fail([], 'The entry has no "question".');
    else if (!ENTRY.question.accepts(entry.question)) fail(['question'], `The question is empty; write it as ${ENTRY_FORMS.question}.`);
    if (!('answer' in entry)) fail([], 'The entry has no "answer".');
    else if (!isText(entry.answer)) fail(['answer'], `The answer is empty; write it as ${ENTRY_FORMS.answer}.`);
    else if (entry.answer.length > MAX_ANSWER_LENGTH) fail(['answer'], tooLong(entry.answer.length));
    else for (const { level, message } of answerProblems(entry.answer)) report(at('answer'), message, name, level);
    if ('url' in entry) {
      if (!isText(entry.url)) fail(['url'], `"url" must be ${ENTRY_FORMS.url}.`);
      else {
        const problem = linkProblem(entry.url);
        if (problem) fail(['url'], problem);
      }
    }
    if ('category' in entry) {
      if (!ENTRY.category.accepts(entry.category)) fail(['category'], `"category" must be ${ENTRY_FORMS.category}.`);
      else if (!categories.has(entry.category as string)) {
        fail(['category'], `The category "${String(entry.category)}" is not in "categories" (${list([...categories]) || 'none'}).`);
      }
    }
    for (const field of ['alternates', 'keywords', 'related'] as const) {
      if (!(field in entry)) continue;
      const values = entry[field];
      if (!ENTRY[field].accepts(values) || !Array.isArray(values)) fail([field], `"${field}" must be ${ENTRY_FORMS[field]}.`);
      else if (field === 'related') values.forEach((id, position) => related.push([name, index, position, id]));
      else values.forEach((text, position) => isText(text) && searchTextProblem(text, (message) => fail([field, position], message)));
    }
    if (isText(entry.question)) searchTextProblem(entry.question, (message) => fail(['question'], message));
  });
  const known = new Set(ids);
  for (const [name, index, position, id] of related) {
    if (!known.has(id)) report(['entries', index, 'related', position], `The related id "${id}" is not an entry of this file.`, name);
  }
  if (Array.isArray(root.suggestions)) {
    root.suggestions.forEach((id, position) => {
      if (!known.has(id as string)) report(['suggestions', position], `The suggestion "${String(id)}" is not an entry of this file.`);
    });
  } else if ('suggestions' in root) report(['suggestions'], `"suggestions" must be ${LOCALE_FILE_FORMS.suggestions}.`);
  return { ids, problems };
}

// A question, alternate or keyword that the widget would search at a cost to every visitor.
function searchTextProblem(text: string, fail: (message: string) => void): void {
  if (text.length > MAX_SEARCH_TEXT) {
    fail(
      `This text has ${text.length.toLocaleString('en')} characters, more than the ${MAX_SEARCH_TEXT.toLocaleString('en')} ` +
        'a question, alternate or keyword may have: shorten it to what a visitor would type.',
    );
  } else if (MARK_RUN.test(text)) {
    fail(
      `This text stacks more than ${MOST_MARKS} accents or other marks on one letter, which slows every visitor's browser: remove them.`,
    );
  }
}

function tooLong(length: number): string {
  const count = (number: number) => number.toLocaleString('en');
  return (
    `The answer has ${count(length)} characters, more than the ${count(MAX_ANSWER_LENGTH)} the widget shows: ` +
    'shorten it, or link to a page with the rest.'
  );
}
