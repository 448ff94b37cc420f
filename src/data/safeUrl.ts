// Links in FAQ text come from hand-edited files that anyone may copy from anywhere, so only
// schemes that cannot run code pass. Browsers ignore white space and control characters
// inside a scheme ("java\tscript:"), and character references hide one ("javascript&colon;"),
// so any of those makes the whole URL unsafe rather than something to clean up.

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const SUSPICIOUS = /[\s\u0000-\u001f\u007f-\u009f]|&#|&[a-z][a-z0-9]*;/i;
const SCHEME = /^([a-z][a-z0-9+.-]*:)/i;

/** Whether a URL from FAQ data may become a link: http(s), mailto, tel or relative. */
export function isSafeUrl(url: string): boolean {
  if (url === '' || SUSPICIOUS.test(url)) return false;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  // A relative URL must resolve: "//[" has no scheme, but no browser can follow it.
  if (scheme === undefined) return isWebAddress(url, 'https://site.invalid/');
  return SAFE_SCHEMES.includes(scheme) && (!scheme.startsWith('http') || isWebAddress(url));
}

/**
 * Whether a browser can read an http(s) URL at all, or a relative one against `base`. "https://", "https://[" and
 * "https://999.1.1.1/" have a safe scheme but no host a browser accepts; a link to one
 * would lead nowhere, and the widget reads a link's host to tell whether it leaves the site.
 */
export function isWebAddress(url: string, base?: string): boolean {
  // URL.canParse is missing from Safari 16, which the widget supports.
  try {
    new URL(url, base);
    return true;
  } catch {
    return false;
  }
}
