// The faq-data format (README, "The FAQ data"), as the widget reads it after validation.

/** `index.json`: which locales exist and which one to fall back to. */
export interface Manifest {
  version: number;
  defaultLocale: string;
  /** Locale code → the language's own name, e.g. `{ "ko": "한국어" }`. */
  locales: Record<string, string>;
  /** Prebuilt search indexes, per locale. */
  indexes?: Record<string, { file: string; source: string }>;
}

/** One question and its answer. */
export interface Entry {
  id: string;
  question: string;
  /** Plain text with a small Markdown subset. */
  answer: string;
  category?: string;
  alternates?: string[];
  keywords?: string[];
  related?: string[];
  url?: string;
}

/** `<locale>.json`: one locale's FAQ. */
export interface LocaleFile {
  locale: string;
  title?: string;
  greeting?: string;
  suggestions?: string[];
  contact?: { label: string; url: string };
  /** Overrides of UI strings for this locale. */
  ui?: Record<string, string>;
  categories?: { id: string; title: string }[];
  entries: Entry[];
}
