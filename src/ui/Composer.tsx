import { useState } from 'preact/hooks';
import { MAX_QUESTION_LENGTH } from '../search/FaqIndex';
import { useChat } from './context';
import { Icon } from './Icon';

/**
 * The question box and its send button. While the visitor types, questions of the FAQ that
 * match are offered below it, as an ARIA combobox: arrows choose, Enter asks, Escape hides.
 */
export function Composer({ inputRef }: { inputRef: { current: HTMLInputElement | null } }) {
  const chat = useChat();
  const t = chat.t.value;
  const [suggestions, setSuggestions] = useState<{ id: string; question: string }[]>([]);
  const [active, setActive] = useState(-1);
  const [length, setLength] = useState(0);
  // Near the limit, the visitor sees how much room is left rather than a box that stops.
  const left = MAX_QUESTION_LENGTH - length;
  const nearLimit = left <= 100;
  const offering = suggestions.length > 0;

  const show = (found: { id: string; question: string }[]) => {
    setSuggestions(found);
    setActive(-1);
  };
  const send = (question = inputRef.current!.value) => {
    show([]);
    if (!question.trim()) return;
    void chat.visitorAsks(question);
    inputRef.current!.value = '';
    setLength(0);
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {offering && (
        // The ARIA combobox pattern: the box keeps focus and the arrows move the active
        // option; the options themselves take no focus and no keys.
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of the combobox pattern
        <ul id="faq-suggestions" role="listbox" class="suggestions" aria-label={t('suggestions')}>
          {suggestions.map((suggestion, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options of the combobox pattern are reached from the box
            // biome-ignore lint/a11y/useKeyWithClickEvents: the box handles the keys, by aria-activedescendant
            <li
              key={suggestion.id}
              id={`faq-suggestion-${index}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox pattern
              role="option"
              aria-selected={index === active}
              // Pressing only keeps the focus in the box, so that the list stays; the
              // choice is made on release, which a finger can still cancel by sliding away.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => send(suggestion.question)}
            >
              {suggestion.question}
            </li>
          ))}
        </ul>
      )}
      <p class="sr-only" role="status">
        {offering ? t('suggestionCount', { count: suggestions.length }) : ''}
      </p>
      <label for="faq-question" class="sr-only">
        {t('inputLabel')}
      </label>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-expanded comes with the combobox role, only while it offers */}
      <input
        id="faq-question"
        ref={inputRef}
        type="text"
        role={offering ? 'combobox' : undefined}
        aria-expanded={offering ? true : undefined}
        aria-controls={offering ? 'faq-suggestions' : undefined}
        aria-autocomplete={offering ? 'list' : undefined}
        aria-activedescendant={active >= 0 ? `faq-suggestion-${active}` : undefined}
        autocomplete="off"
        enterkeyhint="send"
        maxLength={MAX_QUESTION_LENGTH}
        placeholder={t('placeholder')}
        aria-describedby={nearLimit ? 'faq-left' : undefined}
        onInput={(event) => {
          setLength(event.currentTarget.value.length);
          show(chat.suggest(event.currentTarget.value));
        }}
        onBlur={() => show([])}
        onKeyDown={(event) => {
          if (offering && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            // -1 is the box itself, between the last suggestion and the first.
            const next = active + (event.key === 'ArrowDown' ? 1 : -1);
            setActive(next >= suggestions.length ? -1 : next < -1 ? suggestions.length - 1 : next);
          } else if (offering && event.key === 'Escape') {
            // Hides the suggestions only; the next Escape closes the panel.
            event.stopPropagation();
            show([]);
          } else if (event.key === 'Enter') {
            // Enter also confirms a word in a Korean, Japanese or Chinese input method; only
            // an Enter outside composition sends. Safari reports that one as keyCode 229.
            event.preventDefault();
            if (!event.isComposing && event.keyCode !== 229) send(active >= 0 ? suggestions[active].question : undefined);
          }
        }}
      />
      {nearLimit && (
        <p id="faq-left" class="left">
          {t('charactersLeft', { count: left })}
        </p>
      )}
      <button type="submit" class="icon send" aria-label={t('send')}>
        <Icon path="M3 20.5 21 12 3 3.5V10l12 2-12 2v6.5Z" />
      </button>
    </form>
  );
}
