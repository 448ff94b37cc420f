// A faq-data folder on disk, as the editors' commands read and write it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readable } from '../check/readJson';
import type { Entry } from '../data/format';

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
  /** A file's text by its name within the folder, or null when there is none. */
  text(name: string): string | null;
  write(name: string, text: string): void;
  /** The entries of a locale file; none when the file is missing. */
  entries(locale: string): Entry[];
  /** The test questions of a locale; none when the file is missing. */
  tests(locale: string): TestQuestion[];
}

/** Opens a faq-data folder. Its files are expected to pass `npm run faq:check`. */
export function openFolder(path: string): FaqFolder {
  const text = (name: string) => (existsSync(join(path, name)) ? readFileSync(join(path, name), 'utf8') : null);
  const json = (name: string) => {
    const content = text(name);
    return content === null ? null : JSON.parse(readable(content));
  };
  const manifest = json('index.json');
  if (!manifest) throw new Error(`${join(path, 'index.json')} is missing: is ${path} a faq-data folder?`);
  const defaultLocale: string = manifest.defaultLocale ?? Object.keys(manifest.locales)[0];
  return {
    path,
    defaultLocale,
    locales: [defaultLocale, ...Object.keys(manifest.locales).filter((locale) => locale !== defaultLocale)],
    text,
    write: (name, content) => {
      mkdirSync(dirname(join(path, name)), { recursive: true });
      writeFileSync(join(path, name), content);
    },
    entries: (locale) => json(`${locale}.json`)?.entries ?? [],
    tests: (locale) => json(`tests/${locale}.json`) ?? [],
  };
}
