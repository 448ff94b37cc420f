import { useEffect, useState } from 'preact/hooks';

/** The items of a list field as the editor typed them, one per line; blank lines are no item. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A list of texts (alternates, keywords, related ids) edited as lines of a text box. The box
 * keeps what is typed, blank line included, while the list it stands for is what gets saved;
 * it is set anew only when the list changes from elsewhere, such as an undo.
 */
export function ListField({
  id,
  value,
  describedBy,
  onChange,
}: {
  id: string;
  value: string[];
  describedBy?: string;
  onChange: (items: string[]) => void;
}) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (JSON.stringify(linesOf(text)) !== JSON.stringify(value)) setText(value.join('\n'));
  }, [value.join('\n')]);
  return (
    <textarea
      id={id}
      rows={Math.max(2, Math.min(6, value.length + 1))}
      aria-describedby={describedBy}
      value={text}
      onInput={(event) => {
        setText(event.currentTarget.value);
        onChange(linesOf(event.currentTarget.value));
      }}
    />
  );
}
