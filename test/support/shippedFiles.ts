// The shipped faq-data folder's files as the editing page holds them: texts by name, with
// its test questions and translation record.
import { readdirSync, readFileSync } from 'node:fs';

/** The locales of the shipped folder. */
export const LOCALES = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];

/** A fresh copy of the shipped folder's texts, by file name within it. */
export function shipped(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync('faq-data').filter((file) => file.endsWith('.json')))
    files.set(name, readFileSync(`faq-data/${name}`, 'utf8'));
  for (const folder of ['tests', 'translations'])
    for (const name of readdirSync(`faq-data/${folder}`))
      files.set(`${folder}/${name}`, readFileSync(`faq-data/${folder}/${name}`, 'utf8'));
  return files;
}
