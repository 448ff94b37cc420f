// The files that the loader brings in on intent. The build writes them beside the loader,
// named after their content, and gives the loader each one's name and sha384, so that a
// page that pins the loader with Subresource Integrity gets pinned files too.

/** One file of the widget beside the loader. */
export interface Part {
  /** Its name, resolved against the loader's URL. */
  file: string;
  /** `sha384-…` of its bytes, for the `integrity` attribute. */
  integrity: string;
}

/** The files the loader brings in on intent. */
export interface Parts {
  /**
   * The panel, its strings, the search engine and the data loading; started as a worker,
   * the reader of large data files off the page's main thread.
   */
  app: Part;
}

declare const __FAQ_CHAT_PARTS__: Parts;

/** What the build wrote (vite.config.ts). */
export const PARTS: Parts = __FAQ_CHAT_PARTS__;
