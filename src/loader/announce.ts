// How a file of the widget that the loader brings in hands over what it exports: by an event
// on the document, which the loader listens to while it loads the file. No global is
// needed, and the same file works whether it runs as a module or as a classic script.

/** The event that carries a file's export to the loader that brings it in. */
export const PART_EVENT = 'faq-chat:part';

/** Hands a file's export to the loader that is bringing it in. */
export function announce(value: unknown): void {
  document.dispatchEvent(new CustomEvent(PART_EVENT, { detail: value }));
}
