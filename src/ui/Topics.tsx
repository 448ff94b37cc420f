import { useChat } from './context';
import { Questions } from './Questions';

/**
 * Every question of the FAQ by its categories, folded under one button: for a visitor who
 * does not know what to ask. Nothing shows for a FAQ without categories.
 */
export function Topics() {
  const chat = useChat();
  const faq = chat.faq.value;
  const topics = (faq?.categories ?? [])
    .map((category) => ({ ...category, entries: faq!.entries.filter((entry) => entry.category === category.id) }))
    .filter((topic) => topic.entries.length > 0);
  if (topics.length === 0) return null;
  return (
    <details class="topics">
      <summary>{chat.t.value('browse')}</summary>
      {topics.map((topic) => (
        <Questions key={topic.id} label={topic.title} entries={topic.entries} />
      ))}
    </details>
  );
}
