import { useEffect, useRef } from 'preact/hooks';
import type { Chat } from './Chat';
import { ChatContext } from './context';
import { ErrorBoundary } from './ErrorBoundary';
import { Icon } from './Icon';
import { Panel } from './Panel';

/** How the page set the widget up, as far as the UI needs to know. */
export interface AppProps {
  chat: Chat;
  /** Panel title from the page (`data-title`); else the FAQ's, else a localized one. */
  title: string | null;
  /** Whether the widget shows its own launcher button. */
  launcher: boolean;
}

/** The whole widget: the launcher button and the panel it controls. */
export function App({ chat, title, launcher }: AppProps) {
  const button = useRef<HTMLButtonElement>(null);
  const open = chat.isOpen.value;
  const wasOpen = useRef(open);
  // The panel is drawn the first time it opens: most visitors never open it, and the page
  // should not pay for it at load.
  const opened = useRef(false);
  opened.current ||= open;

  // Closing returns focus to the launcher, so that keyboard users are not lost at the top
  // of the page.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <ChatContext.Provider value={chat}>
      {launcher && (
        <button
          ref={button}
          type="button"
          class="launcher"
          aria-label={chat.t.value('launcher')}
          aria-expanded={open}
          aria-controls="faq-panel"
          onClick={() => {
            chat.engage();
            if (open) chat.close();
            else chat.open();
          }}
        >
          <Icon path="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2Zm7 11h2v-2h-2v2Zm1-9a3.5 3.5 0 0 0-3.5 3.5h2A1.5 1.5 0 1 1 12 10c-.6 0-1 .4-1 1v.5h2v-.2A3.5 3.5 0 0 0 12 5Z" size={28} />
        </button>
      )}
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
                  chat.clear();
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
