// What the FAQ checker reports: one mistake, where it is, and what to do, in words for the
// editors who keep the FAQ, not for programmers.

/** One mistake or doubt in a faq-data file. */
export interface Problem {
  /** Errors break the widget's data; warnings deserve a look. */
  level: 'error' | 'warning';
  /** The file's name within the folder, such as `en.json` or `tests/ko.json`. */
  file: string;
  /** 1-based line and column, when the place is known. */
  line?: number;
  column?: number;
  /** The entry id, when the problem is in an entry. */
  entry?: string;
  /** What is wrong and what to do. */
  message: string;
  /** A translation whose default-locale entry changed since it was made. */
  stale?: true;
}
