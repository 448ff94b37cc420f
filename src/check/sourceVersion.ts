// translations/record.json, beside the locale files, says which version of the default locale's
// entry each translation was made from. The widget never reads it; faq:check compares it
// with the default locale to tell translators what changed since.
import { sha256 } from '../data/sha256';

/** The text of a default-locale entry that a translation follows. */
export interface SourceText {
  question: string;
  answer: string;
}

/** The content of translations/record.json. */
export interface TranslationRecord {
  /** Per locale, then entry id: the version of the default locale's entry it was translated from. */
  translatedFrom: Record<string, Record<string, string>>;
  /** Per entry id, then version: the default locale's text at that version, to show what changed. */
  sources: Record<string, Record<string, SourceText>>;
  /**
   * Per locale, then entry id: the version of the translation's own question and answer when
   * it was marked, so that a translation marked again after its source changed can be told
   * apart from one that was edited since. Absent in records written before it was kept.
   */
  reviewed: Record<string, Record<string, string>>;
}

/**
 * The file's name within the faq-data folder: in a folder of its own, since every JSON
 * file beside the locale files is a manifest or a locale file.
 */
export const TRANSLATIONS_FILE = 'translations/record.json';

/**
 * A short name for the version of an entry: the start of the sha256 of its question and
 * answer. Alternates and keywords are left out: they are how visitors of each language
 * ask, and adding one in English must not make six translations look out of date.
 */
export async function sourceVersion(entry: SourceText): Promise<string> {
  return (await sha256(JSON.stringify([entry.question, entry.answer]))).slice(0, 12);
}
