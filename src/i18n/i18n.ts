import i18next, { type i18n as I18n } from 'i18next';
import en from './en.json';

/**
 * A private i18next instance, so that a page's own i18next (or none) is never touched.
 * Only English is built in: each locale file of the FAQ brings its own strings in `ui`
 * (contract section 4), so the script does not carry seven languages to every visitor.
 * English fills any string a locale lacks.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    // Preact escapes text; escaping here too would show "&amp;" to the visitor.
    interpolation: { escapeValue: false },
  });
  return instance;
}
