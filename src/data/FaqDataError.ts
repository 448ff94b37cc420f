/** A faq-data file that could not be loaded or read; `url` names the file. */
export class FaqDataError extends Error {
  constructor(
    message: string,
    readonly url?: string,
  ) {
    super(`FaqChat: ${message}`);
    this.name = 'FaqDataError';
  }
}
