import { useId } from 'preact/hooks';
import { useChat } from './context';

/**
 * Questions offered as buttons: suggestions, related questions, "did you mean". Pressing one
 * asks it. Their language is that of the message around them.
 */
export function Questions({ label, entries }: { label?: string; entries: { id: string; question: string }[] }) {
  const chat = useChat();
  const id = useId();
  const list = (
    <ul class="chips">
      {entries.map((entry) => (
        <li key={entry.id}>
          <button type="button" class="chip" onClick={() => chat.visitorAsks(entry.question)}>
            {entry.question}
          </button>
        </li>
      ))}
    </ul>
  );
  if (!label) return list;
  return (
    // A group, not a region: a landmark for every reply would bury the page's own. Not a
    // fieldset either: these are buttons that ask, not fields of a form.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div class="questions" role="group" aria-labelledby={id}>
      <h4 id={id}>{label}</h4>
      {list}
    </div>
  );
}
