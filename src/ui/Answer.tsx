import { parseAnswer, type Inline } from './markdown';
import { SafeLink } from './SafeLink';

/**
 * An answer's Markdown subset as elements, its links speaking `locale`, its words in `lang`
 * where that is another (an entry not yet translated); text is always text, never markup.
 */
export function Answer({ text, locale, lang }: { text: string; locale?: string; lang?: string }) {
  return (
    <div class="answer" lang={lang}>
      {parseAnswer(text).map((block) =>
        is(block, 'paragraph') ? (
          <p>{inline(block.paragraph, locale)}</p>
        ) : block.list === 'ul' ? (
          <ul>
            {block.items.map((item) => (
              <li>{inline(item, locale)}</li>
            ))}
          </ul>
        ) : (
          <ol>
            {block.items.map((item) => (
              <li>{inline(item, locale)}</li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}

function inline(parts: Inline[], locale?: string) {
  return parts.map((part) =>
    typeof part === 'string' ? (
      part
    ) : is(part, 'bold') ? (
      <strong>{inline(part.bold, locale)}</strong>
    ) : is(part, 'italic') ? (
      <em>{inline(part.italic, locale)}</em>
    ) : (
      <SafeLink href={part.href} locale={locale}>
        {inline(part.label, locale)}
      </SafeLink>
    ),
  );
}

// Whether a parsed part is of a kind, by a key of its own: `in` would also find a key
// that the page has added to Object.prototype, and take every part for that kind.
function is<Kind extends string>(part: object, kind: Kind): part is Record<Kind, unknown> {
  return Object.hasOwn(part, kind);
}
