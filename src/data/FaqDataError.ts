/** A faq-data file that could not be loaded or read; `url` names the file. */
export class FaqDataError extends Error {
  constructor(
    message: string,
    readonly url?: string,
    /** Trying again would fail the same way, as for a missing file. */
    readonly final = true,
  ) {
    super(`FaqChat: ${message}`);
    this.name = 'FaqDataError';
  }
}
