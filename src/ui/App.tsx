import { useEffect, useRef } from 'preact/hooks';
import type { Chat } from '../chat/Chat';
import { ChatContext } from './context';
import { ErrorBoundary } from './ErrorBoundary';
import { Panel } from './Panel';

/** How the page set the widget up, as far as the UI needs to know. */
export interface AppProps {
  chat: Chat;
  /** Panel title from the page (`data-title`); else the FAQ's, else a localized one. */
  title: string | null;
  /** The loader's launcher button, if the widget shows one. */
  launcher: HTMLButtonElement | null;
}

/** The panel that the launcher controls, and what shows instead if it fails to render. */
export function App({ chat, title, launcher }: AppProps) {
  const open = chat.isOpen.value;
  const wasOpen = useRef(open);
  // The panel is drawn the first time it opens: a pointer passing over the launcher brings
  // the app in, but most such visitors never open it.
  const opened = useRef(false);
  opened.current ||= open;

  // Closing returns focus to the launcher, so that keyboard users are not lost at the top
  // of the page.
  useEffect(() => {
    if (wasOpen.current && !open) launcher?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <ChatContext.Provider value={chat}>
      <ErrorBoundary
        fallback={(retry) =>
          open && (
            <div id="faq-panel" class="panel broken" role="alertdialog" aria-labelledby="faq-broken">
              <p id="faq-broken">{chat.t.value('broken')}</p>
              <button
                type="button"
                class="chip"
                onClick={() => {
                  // The conversation may hold what broke the panel.
                  chat.clear(false);
                  retry();
                }}
              >
                {chat.t.value('retry')}
              </button>
            </div>
          )
        }
      >
        {opened.current && <Panel title={title} />}
      </ErrorBoundary>
    </ChatContext.Provider>
  );
}
