// The answer subset of Markdown (README, "The FAQ data"), parsed into plain data that the
// Answer component turns into elements. Nothing here ever produces HTML: a "<b>" in an
// answer stays the three characters it is.

import { isSafeUrl } from '../data/safeUrl';

/** Inline content: text, emphasis and links. */
export type Inline = string | { bold: Inline[] } | { italic: Inline[] } | { href: string; label: Inline[] };

/** A block of an answer. */
export type Block = { paragraph: Inline[] } | List;
type List = { list: 'ul' | 'ol'; items: Inline[][] };

const BULLET = /^\s*[-*]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;
// Bold before italic, so that "**" is not read as two empty italics. A link label may
// hold emphasis but no bracket; a URL may not hold white space or a parenthesis. Each try
// stops at the next "[" or "(": a label that may run over "[" would, from each of n
// unclosed "[", read on to the end, and parsing would take n² steps.
const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^[\]]+)\]\(([^()\s]+)\)/g;

/** Parses an answer into paragraphs and lists. */
export function parseAnswer(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    // Declared with "as" so that the type checker does not narrow it to null for good.
    let list = null as List | null;
    const flush = () => {
      if (paragraph.length) blocks.push({ paragraph: parseInline(paragraph.join(' ')) });
      paragraph = [];
    };
    for (const line of chunk.split('\n')) {
      const kind = BULLET.test(line) ? 'ul' : NUMBER.test(line) ? 'ol' : null;
      if (kind) {
        flush();
        if (list?.list !== kind) blocks.push((list = { list: kind, items: [] }));
        list.items.push(parseInline(line.replace(kind === 'ul' ? BULLET : NUMBER, '')));
      } else if (list && /^\s+\S/.test(line)) {
        // An indented line continues the list item above it.
        list.items[list.items.length - 1].push(' ', ...parseInline(line.trim()));
      } else if (line.trim()) {
        list = null;
        paragraph.push(line.trim());
      }
    }
    flush();
  }
  return blocks;
}

/** Parses emphasis and links; a link to an unsafe URL stays literal text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let done = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, italic, label, href] = match;
    if (match.index > done) out.push(text.slice(done, match.index));
    if (bold !== undefined) out.push({ bold: parseInline(bold) });
    else if (italic !== undefined) out.push({ italic: parseInline(italic) });
    else if (isSafeUrl(href)) out.push({ href, label: parseInline(label) });
    else out.push(whole);
    done = match.index + whole.length;
  }
  if (done < text.length) out.push(text.slice(done));
  return out;
}
