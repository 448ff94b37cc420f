import i18next, { type i18n as I18n } from 'i18next';
import en from './en.json';

// A word joiner, which shows as nothing, between the two braces of "{{" in a value.
const UNBRACE = '{\u2060{';

/**
 * A private i18next instance, so that a page's own i18next (or none) is never touched.
 * Only English is built in: each locale file of the FAQ brings its own strings in `ui`
 * (README, "The FAQ data"), so the script does not carry seven languages to every visitor.
 * English fills any string a locale lacks. Validation keeps "$t(…)" out of those strings
 * (validate.ts), so they are plain text with {{…}} placeholders.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: {
      // Preact escapes text, so nothing here needs escaping as HTML ("&amp;" would show as
      // such). But i18next puts each value in by replacing the first copy of its
      // placeholder in the text so far: a value holding "{{served}}", such as a locale's
      // name from the manifest, would take the place meant for another value.
      escape: (value: unknown) => String(value).replaceAll('{{', UNBRACE),
    },
  });
  return instance;
}
