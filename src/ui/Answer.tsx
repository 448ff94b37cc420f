import { parseAnswer, type Inline } from './markdown';
import { SafeLink } from './SafeLink';

/** An answer's Markdown subset as elements; text is always text, never markup. */
export function Answer({ text, lang }: { text: string; lang?: string }) {
  return (
    <div class="answer" lang={lang}>
      {parseAnswer(text).map((block) =>
        'paragraph' in block ? (
          <p>{inline(block.paragraph)}</p>
        ) : block.list === 'ul' ? (
          <ul>{block.items.map((item) => <li>{inline(item)}</li>)}</ul>
        ) : (
          <ol>{block.items.map((item) => <li>{inline(item)}</li>)}</ol>
        ),
      )}
    </div>
  );
}

function inline(parts: Inline[]) {
  return parts.map((part) =>
    typeof part === 'string' ? (
      part
    ) : 'bold' in part ? (
      <strong>{inline(part.bold)}</strong>
    ) : 'italic' in part ? (
      <em>{inline(part.italic)}</em>
    ) : (
      <SafeLink href={part.href}>{inline(part.label)}</SafeLink>
    ),
  );
}
