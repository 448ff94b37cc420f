import { parseAnswer, type Inline } from './markdown';
import { SafeLink } from './SafeLink';

/** An answer's Markdown subset as elements; text is always text, never markup. */
export function Answer({ text }: { text: string }) {
  return (
    <div class="answer">
      {parseAnswer(text).map((block) =>
        is(block, 'paragraph') ? (
          <p>{inline(block.paragraph)}</p>
        ) : block.list === 'ul' ? (
          <ul>
            {block.items.map((item) => (
              <li>{inline(item)}</li>
            ))}
          </ul>
        ) : (
          <ol>
            {block.items.map((item) => (
              <li>{inline(item)}</li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}

function inline(parts: Inline[]) {
  return parts.map((part) =>
    typeof part === 'string' ? (
      part
    ) : is(part, 'bold') ? (
      <strong>{inline(part.bold)}</strong>
    ) : is(part, 'italic') ? (
      <em>{inline(part.italic)}</em>
    ) : (
      <SafeLink href={part.href}>{inline(part.label)}</SafeLink>
    ),
  );
}

// Whether a parsed part is of a kind, by a key of its own: `in` would also find a key
// that the page has added to Object.prototype, and take every part for that kind.
function is<Kind extends string>(part: object, kind: Kind): part is Record<Kind, unknown> {
  return Object.hasOwn(part, kind);
}
