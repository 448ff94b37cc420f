import type { Phrases } from '../search/smallTalk';
import en from './en.json';

/**
 * A locale's small talk as the chat reads it (chat/Locales.ts): its locale file's UI strings
 * `says_*`, and English where the file has none.
 */
export const saysOf =
  (ui: Readonly<Record<string, string>> | undefined): Phrases =>
  (kind) =>
    ui?.[`says_${kind}`] ?? en[`says_${kind}`];
