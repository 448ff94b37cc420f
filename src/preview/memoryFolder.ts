// The editors' commands' view of a folder (FaqFolder), over the texts the editing page
// holds, so that the page reuses faq:misses' proposals and its writer as they are.
import type { FaqFolder, TestQuestion } from '../editor/faqFolder';
import { saysOf } from '../i18n/says';
import { entriesOf, type Files, parsed } from './folderEdits';

/** The folder's texts as a FaqFolder; it is read only: writers give back new texts instead. */
export function memoryFolder(files: Files, locales: string[], defaultLocale: string): FaqFolder {
  return {
    path: 'faq-data',
    defaultLocale,
    locales,
    text: (name) => files.get(name) ?? null,
    write: () => {
      throw new Error('The page writes its texts through folderEdits.');
    },
    entries: (locale) => entriesOf(files, locale),
    tests: (locale) => {
      const tests = parsed(files, `tests/${locale}.json`);
      return Array.isArray(tests) ? (tests as TestQuestion[]) : [];
    },
    says: (locale) => saysOf((parsed(files, `${locale}.json`) as { ui?: Record<string, string> } | null)?.ui),
  };
}
