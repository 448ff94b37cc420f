import { effect } from '@preact/signals';
import { render } from 'preact';
import { version } from '../package.json';
import type { FaqChat } from './api';
import type { WidgetConfig } from './config';
import { FaqSource, type FaqData } from './data/FaqSource';
import { Emitter } from './events';
import { direction } from './i18n/direction';
import { createI18n } from './i18n/i18n';
import { textOn } from './ui/accent';
import { App } from './ui/App';
import { Chat } from './ui/Chat';
import { linkedEntry } from './ui/deepLink';
import { History } from './ui/history';
import css from './ui/styles.css?inline';

/** What else a widget may be given besides its config. */
export interface WidgetOptions {
  /** Runs after `destroy()` has removed everything. */
  onDestroy?: () => void;
  /** The FAQ to answer from. Default: the faq-data folder at `config.dataUrl`. */
  data?: FaqData;
}

/**
 * Creates one widget: its data starts loading at once, and its host element joins the page
 * as soon as there is a body.
 */
export function createWidget(config: WidgetConfig, { onDestroy, data }: WidgetOptions = {}): FaqChat {
  // The data is asked for first, so that the network works while the widget sets up.
  const source = data ?? new FaqSource(config.dataUrl, config.script);
  void source.manifest().catch(() => {});
  const events = new Emitter();
  const chat = new Chat(
    source,
    createI18n(),
    events,
    new History(config.dataUrl, config.persist === 'session'),
    [config.locale, document.documentElement.lang, ...navigator.languages],
  );
  if (config.open) chat.open();
  // A deep link opens the panel on its entry, at load and whenever the fragment changes.
  const followLink = () => {
    const id = linkedEntry(location.hash);
    if (id) void chat.showEntry(id).then((shown) => shown && chat.open());
  };
  followLink();
  addEventListener('hashchange', followLink);

  const host = document.createElement('div');
  host.setAttribute('data-faq-chat', '');
  host.setAttribute('data-theme', config.theme);
  host.setAttribute('data-position', config.position);
  if (!config.launcher) host.setAttribute('data-launcher', 'none');
  if (config.accent) {
    host.style.setProperty('--faq-accent', config.accent);
    const text = textOn(config.accent);
    if (text) host.style.setProperty('--faq-on-accent', text);
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const stopFollowingLocale = effect(() => {
    host.lang = chat.locale.value;
    host.dir = direction(chat.locale.value);
  });

  const mount = () => {
    document.body.append(host);
    render(<App chat={chat} title={config.title} launcher={config.launcher} />, shadow);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });

  return {
    version,
    ready: chat.ready,
    open: () => chat.open(),
    close: () => chat.close(),
    toggle: () => (chat.isOpen.value ? chat.close() : chat.open()),
    ask: (question) => chat.ask(question),
    search: (question, options) => chat.search(question, options),
    setLocale: (locale) => chat.setLocale(locale),
    on: (event, handler) => events.on(event, handler),
    off: (event, handler) => events.off(event, handler),
    destroy() {
      document.removeEventListener('DOMContentLoaded', mount);
      removeEventListener('hashchange', followLink);
      render(null, shadow);
      stopFollowingLocale();
      host.remove();
      events.clear();
      onDestroy?.();
    },
  };
}
