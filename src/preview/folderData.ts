import type { FaqData, LoadedLocale } from '../data/FaqSource';
import { validateLocaleFile, validateManifest } from '../data/validate';
import { createFaqIndex } from '../search/FaqIndex';

/**
 * A whole faq-data folder held in memory, as an editor chose it: the widget reads the
 * manifest and each locale from it, as it would from the web. Files are known by their name
 * within the folder (`index.json`, `en.json`).
 */
export function folderData(files: ReadonlyMap<string, string>): FaqData {
  const parsed = (name: string) => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`The folder has no ${name}.`);
    return JSON.parse(text) as unknown;
  };
  // Each locale is checked and indexed once, as FaqSource does: the chat asks for it again
  // with every question.
  const loaded = new Map<string, Promise<LoadedLocale>>();
  const load = async (locale: string): Promise<LoadedLocale> => {
    const name = `${locale}.json`;
    const { file } = validateLocaleFile(parsed(name), name, locale);
    return { locale, file, index: await createFaqIndex(file.entries, locale) };
  };
  return {
    manifest: async () => validateManifest(parsed('index.json'), 'index.json'),
    load(locale) {
      if (!loaded.has(locale)) loaded.set(locale, load(locale));
      return loaded.get(locale)!;
    },
  };
}
