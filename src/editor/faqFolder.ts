// A faq-data folder on disk, as the editors' commands read and write it: only the files
// inside it, never through a symbolic link, as faq:check and faq:build do.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FolderError, folderFiles, localeCodes } from '../check/folderFiles';
import { readable } from '../check/readJson';
import type { Entry } from '../data/format';
import { saysOf } from '../i18n/says';
import type { Phrases } from '../search/smallTalk';
import { validateManifest } from '../data/validate';

/** A test question (README, "The FAQ data"). */
export interface TestQuestion {
  q: string;
  expect: string[];
}

/** The folder's manifest, read once; files are read when asked for. */
export interface FaqFolder {
  path: string;
  defaultLocale: string;
  /** The locales of the manifest, the default one first. */
  locales: string[];
  /** A file's text by its name within the folder, or null when there is none; throws FolderError (folderFiles). */
  text(name: string): string | null;
  /** Writes the file, never through a symbolic link; throws FolderError. */
  write(name: string, text: string): void;
  /** The entries of a locale file; none when the file is missing. */
  entries(locale: string): Entry[];
  /** The test questions of a locale; none when the file is missing. */
  tests(locale: string): TestQuestion[];
  /** The small talk of a locale, as the chat reads it. */
  says(locale: string): Phrases;
}

/**
 * Opens a faq-data folder. Its files are expected to pass `npm run faq:check`; one that
 * leads out of the folder, by its locale code or as a link, throws FolderError.
 */
export function openFolder(path: string): FaqFolder {
  const missing = () => new FolderError(`${join(path, 'index.json')} is missing: is ${path} a faq-data folder?`);
  if (!existsSync(path)) throw missing();
  const files = folderFiles(path);
  // Each file is parsed once until it is written: applyReview asks for a locale's entries
  // once per accepted question.
  const parsed = new Map<string, unknown>();
  const json = (name: string) => {
    if (!parsed.has(name)) {
      const content = files.read(name);
      parsed.set(name, content === null ? null : JSON.parse(readable(content)));
    }
    return parsed.get(name);
  };
  const manifest = json('index.json');
  if (!manifest) throw missing();
  const valid = validateManifest(manifest, join(path, 'index.json'));
  const { defaultLocale } = valid;
  return {
    path,
    defaultLocale,
    locales: [defaultLocale, ...localeCodes(valid).filter((locale) => locale !== defaultLocale)],
    text: (name) => files.read(name),
    write: (name, content) => {
      files.write(name, content);
      parsed.delete(name);
    },
    entries: (locale) => (json(`${locale}.json`) as { entries?: Entry[] } | null)?.entries ?? [],
    tests: (locale) => (json(`tests/${locale}.json`) as TestQuestion[] | null) ?? [],
    says: (locale) => saysOf((json(`${locale}.json`) as { ui?: Record<string, string> } | null)?.ui),
  };
}
