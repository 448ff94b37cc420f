import { useEffect, useRef } from 'preact/hooks';
import { direction } from '../i18n/direction';
import { CLOSE_ICON } from '../shared/icons';
import { Composer } from './Composer';
import { Contact } from './Contact';
import { useChat } from './context';
import { Icon } from './Icon';
import { Log } from './Log';
import { useFullScreen, useInertPage, useVisualViewport } from './useModalOnPhones';
import { useTrapFocus } from './useTrapFocus';

/** The chat panel: a dialog with a title, the language choice, the conversation and the question box. */
export function Panel({ title }: { title: string | null }) {
  const chat = useChat();
  const t = chat.t.value;
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const open = chat.isOpen.value;
  const locales = Object.entries(chat.locales.value);
  const missing = chat.missingLocale.value;

  // Non-modal beside a page on a wide screen; modal where it fills a phone's screen.
  const fullScreen = useFullScreen();
  const modal = open && fullScreen;
  // Focus goes to the question box, except on a phone: there its keyboard would cover the
  // greeting and its suggestions, so the dialog itself takes focus and is read out.
  const focusStart = () => (fullScreen ? panel : input).current?.focus();
  useEffect(() => {
    if (open) focusStart();
  }, [open]);
  useTrapFocus(panel, modal);
  useInertPage(panel, modal);
  useVisualViewport(panel, modal);

  return (
    <div
      id="faq-panel"
      ref={panel}
      class="panel"
      role="dialog"
      tabIndex={-1}
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby="faq-title"
      // Read when the panel opens, as focus moves into it.
      aria-describedby="faq-greeting"
      lang={chat.locale.value}
      dir={direction(chat.locale.value)}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.isComposing) {
          event.stopPropagation();
          chat.close();
        }
      }}
    >
      <header>
        <h2 id="faq-title">{title ?? chat.faq.value?.title ?? t('title')}</h2>
        {locales.length > 1 && (
          <select
            class="language"
            aria-label={t('language')}
            value={chat.locale.value}
            onChange={(event) => void chat.visitorSetsLocale(event.currentTarget.value)}
          >
            {locales.map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        )}
        {/* Kept in its place while there is nothing to clear, so that the title does not move. */}
        <button
          type="button"
          class={chat.messages.value.length > 0 ? 'icon' : 'icon unseen'}
          aria-label={t('clear')}
          onClick={() => {
            chat.clear();
            focusStart();
          }}
        >
          <Icon path="M9 3h6l1 2h4v2H4V5h4l1-2ZM5 8h14l-1 13H6L5 8Zm4 3v7h2v-7H9Zm4 0v7h2v-7h-2Z" />
        </button>
        <button type="button" class="icon" aria-label={t('close')} onClick={() => chat.close()}>
          <Icon path={CLOSE_ICON} />
        </button>
      </header>
      {chat.cleared.value && (
        <div class="notice">
          <p role="status">{t('cleared')}</p>
          {/* The button goes with the notice: focus must not fall to the page. */}
          <button
            type="button"
            class="chip"
            onClick={() => {
              chat.undoClear();
              focusStart();
            }}
          >
            {t('undo')}
          </button>
        </div>
      )}
      {missing && (
        <p class="notice" role="status">
          {t('localeFallback', {
            requested: chat.locales.value[missing] ?? missing,
            served: chat.locales.value[chat.locale.value] ?? chat.locale.value,
          })}
        </p>
      )}
      {/* Said to screen readers here; shown in the greeting, where the suggestions will be. */}
      <p class="sr-only" role="status">
        {chat.status.value === 'loading' ? t('loading') : ''}
      </p>
      {chat.status.value === 'failed' && (
        <div class="notice" role="alert">
          <p>{t('unavailable')}</p>
          <button type="button" class="chip" onClick={() => void chat.retry()}>
            {t('retry')}
          </button>
          {chat.contact && <Contact {...chat.contact} />}
        </div>
      )}
      <Log />
      <Composer inputRef={input} />
    </div>
  );
}
