import { useId } from 'preact/hooks';
import { useChat } from './context';

/** Questions offered as buttons: suggestions, related questions, "did you mean". Pressing one asks it. */
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
    <section class="questions" aria-labelledby={id}>
      <h4 id={id}>{label}</h4>
      {list}
    </section>
  );
}
