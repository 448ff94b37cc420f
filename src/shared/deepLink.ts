// Links to one answer: `#faq=<id>` in the page's URL opens the panel on that entry.

const PATTERN = /(?:^#|&)faq=([^&]+)/;

/** The entry id that a URL fragment links to, if any. */
export function linkedEntry(hash: string): string | null {
  const id = PATTERN.exec(hash)?.[1];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return null;
  }
}

/** A link to this page that opens the panel on an entry. */
export function entryLink(id: string): string {
  return `${location.href.split('#')[0]}#faq=${encodeURIComponent(id)}`;
}
