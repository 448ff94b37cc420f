import { effect } from '@preact/signals';
import { render } from 'preact';
import type { FaqChat } from './api';
import { Chat } from './chat/Chat';
import { History } from './chat/history';
import { type WidgetConfig, wantedLocales } from './config';
import { FaqSource, type FaqData } from './data/FaqSource';
import type { StartReader } from './data/readInWorker';
import type { Emitter } from './events';
import { direction } from './i18n/direction';
import { createI18n } from './i18n/i18n';
import type { Early } from './loader/fetchEarly';
import { ASK_ICON, CLOSE_ICON } from './shared/icons';
import { App } from './ui/App';
import css from './ui/styles.css?inline';

/** What the loader hands the rest of the widget when it arrives. */
export interface AppHost {
  config: WidgetConfig;
  /** The host element in the page; the app keeps its `lang` and `dir` to the served locale. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The loader's launcher button, which the app takes over; null with `data-launcher="none"`. */
  launcher: HTMLButtonElement | null;
  /** The page's listeners, some registered before the app arrived. */
  events: Emitter;
  /** The FAQ to answer from. Default: the faq-data folder at `config.dataUrl`. */
  data?: FaqData;
  /** Starts the worker that reads large files, where the page may run one. */
  startReader?: StartReader | null;
  /** Entry ids the page suggests (`setSuggestions`), if it set them before the app arrived. */
  suggestions: string[] | null;
  /** Data files the loader fetched beside the app's file, for the app to take. */
  early?: Early;
}

/** The app's side of the widget: what the loader's API hands on once the app is there. */
export type MountedApp = Pick<
  FaqChat,
  'ready' | 'open' | 'close' | 'toggle' | 'ask' | 'search' | 'setLocale' | 'show' | 'setSuggestions'
> & {
  /** The visitor pressed the launcher: their own action, which allows storing the conversation. */
  press(): void;
  destroy(): void;
};

/** What the app's file exports to the loader. */
export type MountApp = (host: AppHost) => MountedApp;

/**
 * Brings the widget to life in the loader's shadow root: the chat starts loading its data at
 * once, and the panel is drawn the first time it opens.
 */
export const mountApp: MountApp = (host) => {
  const { config, events, data, startReader, suggestions, early } = host;
  const chat = new Chat(
    data ?? new FaqSource(config.dataUrl, startReader, early),
    createI18n(),
    events,
    new History(config.dataUrl, config.persist === 'session'),
    wantedLocales(config),
    config.contact,
  );
  chat.pageSuggestions.value = suggestions ?? config.suggestions;
  if (config.open) chat.open();
  return mountChat(chat, host);
};

/** Shows a chat in the loader's shadow root, and gives the loader its side of the API. */
export function mountChat(chat: Chat, { config, host, shadow, launcher }: AppHost): MountedApp {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  const stopFollowing = effect(() => {
    host.lang = chat.locale.value;
    host.dir = direction(chat.locale.value);
    // The launcher keeps its name; only its state says whether the panel is open, so that
    // a screen reader does not read "Close …, expanded".
    const open = chat.isOpen.value;
    launcher?.setAttribute('aria-label', chat.t.value('launcher'));
    launcher?.setAttribute('aria-expanded', String(open));
    launcher?.querySelector('path')?.setAttribute('d', open ? CLOSE_ICON : ASK_ICON);
  });
  // Preact owns this element's children; the launcher beside it stays the loader's.
  const root = document.createElement('div');
  root.className = 'root';
  shadow.append(root);
  render(<App chat={chat} title={config.title} launcher={launcher} />, root);

  return {
    ready: chat.ready,
    open: () => chat.open(),
    close: () => chat.close(),
    toggle: () => (chat.isOpen.value ? chat.close() : chat.open()),
    ask: (question) => chat.ask(question),
    search: (question, options) => chat.search(question, options),
    setLocale: (locale) => chat.setLocale(locale),
    show: (id) => chat.show(id),
    setSuggestions: (ids) => (chat.pageSuggestions.value = ids),
    press() {
      chat.engage();
      if (chat.isOpen.value) chat.close();
      else chat.open();
    },
    destroy() {
      render(null, root);
      root.remove();
      stopFollowing();
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
