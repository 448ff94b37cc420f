import type { FaqData, LoadedLocale } from '../data/FaqSource';
import type { LocaleFile } from '../data/format';
import { createFaqIndex } from '../search/FaqIndex';

/** A one-locale FAQ held in memory, for a widget that previews a file an editor dropped. */
export function memoryData(file: LocaleFile): FaqData & { loaded: Promise<LoadedLocale> } {
  const loaded = createFaqIndex(file.entries, file.locale).then((index) => ({ locale: file.locale, file, index }));
  return {
    loaded,
    manifest: async () => ({ version: 1, defaultLocale: file.locale, locales: { [file.locale]: file.locale } }),
    load: () => loaded,
  };
}
