import { MAX_QUESTION_LENGTH } from '../search/FaqIndex';
import { useChat } from './context';

/** The question box and its send button. */
export function Composer({ inputRef }: { inputRef: { current: HTMLInputElement | null } }) {
  const chat = useChat();
  const t = chat.t.value;

  const send = (event?: Event) => {
    event?.preventDefault();
    const input = inputRef.current!;
    if (!input.value.trim()) return;
    void chat.visitorAsks(input.value);
    input.value = '';
  };

  return (
    <form class="composer" onSubmit={send}>
      <label for="faq-question" class="sr-only">
        {t('inputLabel')}
      </label>
      <input
        id="faq-question"
        ref={inputRef}
        type="text"
        autocomplete="off"
        enterkeyhint="send"
        maxLength={MAX_QUESTION_LENGTH}
        placeholder={t('placeholder')}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // Enter also confirms a word in a Korean, Japanese or Chinese input method; only
          // an Enter outside composition sends. Safari reports that one as keyCode 229.
          event.preventDefault();
          if (!event.isComposing && event.keyCode !== 229) send();
        }}
      />
      <button type="submit" class="icon send" aria-label={t('send')}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M3 20.5 21 12 3 3.5V10l12 2-12 2v6.5Z" />
        </svg>
      </button>
    </form>
  );
}
