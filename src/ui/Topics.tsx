import { useMemo } from 'preact/hooks';
import { useChat } from './context';
import { Questions } from './Questions';

/**
 * Every question of the FAQ by its categories, folded under one button: for a visitor who
 * does not know what to ask. Nothing shows for a FAQ without categories.
 */
export function Topics() {
  const chat = useChat();
  const faq = chat.faq.value;
  // The log draws again for every message; a FAQ of thousands of entries is grouped, and its
  // lists drawn, once per FAQ, and the same lists are handed back, which Preact skips.
  const lists = useMemo(() => {
    const byCategory = new Map<string, { id: string; question: string }[]>();
    for (const entry of faq?.entries ?? []) {
      if (!entry.category) continue;
      const listed = byCategory.get(entry.category);
      if (listed) listed.push(entry);
      else byCategory.set(entry.category, [entry]);
    }
    return (faq?.categories ?? [])
      .filter((category) => byCategory.has(category.id))
      .map((category) => <Questions key={category.id} label={category.title} entries={byCategory.get(category.id)!} />);
  }, [faq]);
  if (lists.length === 0) return null;
  return (
    <details class="topics">
      <summary>{chat.t.value('browse')}</summary>
      {lists}
    </details>
  );
}
