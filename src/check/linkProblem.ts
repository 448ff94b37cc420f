// What is wrong with a link of the FAQ, in words for its editors: the widget shows an unsafe
// link as text, and a link it accepts may still lead somewhere the editor did not mean.
import { isSafeUrl, isWebAddress } from '../data/safeUrl';

// A first part such as "www.example.org" or "example.org", without a scheme before it: a
// browser reads it as a page beside the one the widget is on. File names are not hosts.
const FILE_ENDINGS = 'html?|php|aspx?|jsp|pdf|json|xml|txt|docx?|xlsx?|pptx?|odt|csv|png|jpe?g|gif|svg|webp';
const LOOKS_LIKE_HOST = new RegExp(
  `^(?:www\\.|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?!(?:${FILE_ENDINGS})(?:[/?#]|$))[a-z]{2,}(?:[/:?#]|$))`,
  'i',
);
// "//host", "/\host" and "\\host" are read by browsers as another site, with this page's scheme.
const OTHER_SITE = /^[/\\]{2}/;

/** The problem with a link target, as one sentence, or undefined when it is a link the editor can mean. */
export function linkProblem(url: string): string | undefined {
  if (!isSafeUrl(url)) return unsafe(url);
  if (OTHER_SITE.test(url)) {
    const host = url.replace(/^[/\\]+/, '');
    return (
      `The link "${url}" leads to another site, although it starts like a page of this one: ` + `write it in full, such as https://${host}.`
    );
  }
  if (LOOKS_LIKE_HOST.test(url)) {
    return (
      `The link "${url}" has no https:// in front, so browsers read it as a page of the site the widget is on ` +
      `(such as https://your-city.example/services/${url}): write it in full, https://${url}.`
    );
  }
  return undefined;
}

function unsafe(url: string): string {
  if (/\s/.test(url)) return `The link "${url}" contains a space or line break; write spaces as %20.`;
  if (/^https?:/i.test(url) && !isWebAddress(url)) {
    return (
      `The link "${url}" is not a complete web address, and browsers cannot open it: ` +
      'write it in full, such as https://example.org/contact.'
    );
  }
  return `The link "${url}" is not allowed: a link must start with https:, http:, mailto: or tel:, or be relative, such as /contact.`;
}
