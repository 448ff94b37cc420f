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
  const scheme = SCHEME.exec(url)?.[1];
  return scheme === undefined || SAFE_SCHEMES.includes(scheme.toLowerCase());
}
