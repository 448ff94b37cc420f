// Warns, per locale and entry, when the default locale's entry changed after the entry was
// translated, and shows the translator what changed.
import type { Problem } from './Problem';
import type { JsonFile } from './readJson';
import { sourceVersion, TRANSLATIONS_FILE, type SourceText } from './sourceVersion';
import { readTranslationRecord } from './translationRecord';

type Entries = { id?: unknown; question?: unknown; answer?: unknown }[];

// Around a change, this much of the unchanged text is shown, so that it can be found.
const CONTEXT = 30;
const LONGEST_CHANGE = 160;

/**
 * The translations whose source changed since, as warnings. `recorded` is
 * translations/record.json parsed, or null: a folder without it keeps no such record and
 * gets none, and one that cannot be read or parsed is reported by the caller.
 */
export async function staleTranslations(
  recorded: JsonFile | null,
  defaultLocale: string,
  files: Map<string, JsonFile>,
): Promise<Problem[]> {
  const source = files.get(defaultLocale);
  if (!recorded || !source) return [];
  const read = readTranslationRecord(recorded.value);
  if ('mistake' in read) return [{ level: 'error', file: TRANSLATIONS_FILE, message: read.mistake }];
  const { record } = read;
  const current = new Map<string, { text: SourceText; version: string }>();
  for (const entry of entriesOf(source)) {
    if (typeof entry.id !== 'string' || typeof entry.question !== 'string' || typeof entry.answer !== 'string') continue;
    // An id given twice is an error of its own; the widget keeps the first entry, so the
    // translation follows that one.
    if (current.has(entry.id)) continue;
    const text = { question: entry.question, answer: entry.answer };
    current.set(entry.id, { text, version: await sourceVersion(text) });
  }

  const problems: Problem[] = [];
  for (const [locale, file] of files) {
    if (locale === defaultLocale) continue;
    const seen = new Set<unknown>();
    entriesOf(file).forEach((entry, index) => {
      const id = entry.id;
      // Only the first of two entries with one id is shown, and so only it is compared.
      if (seen.has(id)) return;
      seen.add(id);
      const now = typeof id === 'string' ? current.get(id) : undefined;
      if (!now) return;
      const was = record.translatedFrom[locale]?.[id as string];
      if (was === now.version) return;
      const mark = `When it says what ${defaultLocale}.json says, run "npm run faq:translated -- ${locale} ${id}".`;
      const message = was
        ? `${defaultLocale}.json changed since this was translated: ${changes(record.sources[id as string]?.[was], now.text)}. ${mark}`
        : `there is no record of the ${defaultLocale}.json text this was translated from. ${mark}`;
      problems.push({
        level: 'warning',
        file: file.name,
        ...file.position(['entries', index, 'id']),
        entry: id as string,
        message,
        stale: true,
      });
    });
  }
  return problems;
}

function entriesOf(file: JsonFile): Entries {
  const entries = (file.value as { entries?: unknown })?.entries;
  return Array.isArray(entries) ? entries : [];
}

// What changed in the question and the answer, each as the old words and the new, with a
// little of the text around them.
function changes(old: SourceText | undefined, now: SourceText): string {
  if (!old) return `its question is now "${now.question}"`;
  return (['question', 'answer'] as const)
    .filter((field) => old[field] !== now[field])
    .map((field) => {
      const [before, after] = excerpts(old[field], now[field]);
      return `the ${field} said "${before}", now "${after}"`;
    })
    .join('; ');
}

/** The part of two texts that differs, with some unchanged text on each side. */
export function excerpts(old: string, now: string): [string, string] {
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
  const from = Math.max(0, start - CONTEXT);
  const cut = (text: string) => {
    const to = Math.min(text.length, text.length - end + CONTEXT, from + CONTEXT + LONGEST_CHANGE);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\n/g, ' ');
  };
  return [cut(old), cut(now)];
}
