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

/** The page's URL without its link to an answer: what is left once the link is followed. */
export function withoutLink(url: string): string {
  const at = url.indexOf('#');
  if (at < 0) return url;
  const rest = url
    .slice(at + 1)
    .split('&')
    .filter((part) => !part.startsWith('faq='))
    .join('&');
  return rest ? `${url.slice(0, at)}#${rest}` : url.slice(0, at);
}

/** A link to this page that opens the panel on an entry. */
export function entryLink(id: string): string {
  return `${location.href.split('#')[0]}#faq=${encodeURIComponent(id)}`;
}
