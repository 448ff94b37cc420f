// `npm run faq:translated -- <locale> [ids…] [--data <faq-data folder>]`: after checking
// that a translation says what the default locale says, records it in translations/record.json,
// so that faq:check stops warning until the default locale's entry changes again. Without
// ids, every entry of the locale; with `--all` instead of a locale, every locale. It lists the
// entries it marks, and refuses an entry whose default-locale text changed since it was marked
// while its translation did not change (it likely still says the old text), unless --force.
import { FolderError } from '../src/check/folderFiles';
import { TRANSLATIONS_FILE, type TranslationRecord } from '../src/check/sourceVersion';
import { emptyRecord, readTranslationRecord } from '../src/check/translationRecord';
import { readArgs } from '../src/editor/args';
import { openFolder } from '../src/editor/faqFolder';
import { markTranslated } from '../src/editor/markTranslated';

const { positional, option, flag } = readArgs(process.argv.slice(2), ['data']);
try {
  const folder = openFolder(option('data') ?? 'faq-data');
  const [locale, ...ids] = positional;
  const translations = folder.locales.filter((name) => name !== folder.defaultLocale);
  if (!flag('all') && !translations.includes(locale)) {
    console.error(`Name a translated language (${translations.join(', ')}), or --all: npm run faq:translated -- fr how-to-join`);
    process.exit(1);
  }
  let record = readRecord(folder.text(TRANSLATIONS_FILE));
  const source = folder.entries(folder.defaultLocale);
  for (const each of flag('all') ? translations : [locale]) {
    const result = await markTranslated(record, source, each, folder.entries(each), flag('all') ? [] : ids, { force: flag('force') });
    record = result.record;
    const count = (ids: string[]) => `${ids.length} ${ids.length === 1 ? 'entry' : 'entries'}`;
    console.log(
      `${each}: ${count(result.marked)} marked as up to date with ${folder.defaultLocale}.json` +
        `${result.marked.length ? `: ${result.marked.join(', ')}` : ''}.` +
        (result.current.length ? ` ${count(result.current)} already marked so.` : ''),
    );
    if (result.unknown.length)
      console.log(`  Not marked, because ${each}.json or ${folder.defaultLocale}.json lacks them: ${result.unknown.join(', ')}.`);
    if (result.unchanged.length) {
      console.log(
        `  Not marked, because ${folder.defaultLocale}.json changed since they were marked and ${each}.json did not: ` +
          `${result.unchanged.join(', ')}. "npm run faq:check" shows what changed: translate it, then run this again; ` +
          `if the translation already says what ${folder.defaultLocale}.json says, add --force.`,
      );
      process.exitCode = 1;
    }
  }
  folder.write(TRANSLATIONS_FILE, `${JSON.stringify(record, null, 2)}\n`);
} catch (error) {
  if (!(error instanceof FolderError)) throw error;
  console.error(`faq:translated: ${error.message}`);
  process.exitCode = 1;
}

// The record as it is, or an empty one for a folder without it; a record that is not JSON or
// not as this command writes it stops the command with one line, and nothing is written.
function readRecord(text: string | null): TranslationRecord {
  if (text === null) return emptyRecord();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    console.error(`faq:translated: ${TRANSLATIONS_FILE} is not valid JSON: "npm run faq:check" shows where.`);
    process.exit(1);
  }
  const read = readTranslationRecord(value);
  if ('record' in read) return read.record;
  console.error(`faq:translated: ${read.mistake}`);
  process.exit(1);
}
