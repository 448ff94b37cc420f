import type { ComponentChildren } from 'preact';
import { isSafeUrl } from '../data/safeUrl';
import { type Inline, parseAnswer } from '../ui/markdown';

/**
 * An answer as visitors see it, from the widget's own parser of the answer's Markdown subset,
 * so that what is not part of it shows as typed here too. The widget's Answer component needs
 * the chat around it for the words of its links; here a link is a plain link, and one the
 * widget would refuse is plain text, as there.
 */
export function AnswerPreview({ text, lang }: { text: string; lang: string }) {
  return (
    <div class="answer" lang={lang}>
      {parseAnswer(text).map((block, index) =>
        Object.hasOwn(block, 'paragraph') ? (
          <p key={index}>{inline((block as { paragraph: Inline[] }).paragraph)}</p>
        ) : (
          <List key={index} block={block as { list: 'ul' | 'ol'; items: Inline[][] }} />
        ),
      )}
    </div>
  );
}

function List({ block }: { block: { list: 'ul' | 'ol'; items: Inline[][] } }) {
  const items = block.items.map((item, index) => <li key={index}>{inline(item)}</li>);
  return block.list === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
}

function inline(parts: Inline[]): ComponentChildren {
  return parts.map((part): ComponentChildren => {
    if (typeof part === 'string') return part;
    if (Object.hasOwn(part, 'bold')) return <strong>{inline((part as { bold: Inline[] }).bold)}</strong>;
    if (Object.hasOwn(part, 'italic')) return <em>{inline((part as { italic: Inline[] }).italic)}</em>;
    const { href, label } = part as { href: string; label: Inline[] };
    // Links open elsewhere, so that a click never leaves the page with the editor's changes.
    return isSafeUrl(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {inline(label)}
      </a>
    ) : (
      inline(label)
    );
  });
}
