import { version } from '../package.json';
import type { FaqChat, SearchResult } from './api';
import { storedOpen } from './chat/history';
import { type WidgetConfig, wantedLocales } from './config';
import type { FaqData } from './data/FaqSource';
import type { StartReader } from './data/readInWorker';
import { Emitter } from './events';
import { textOn } from './loader/accent';
import { type Early, fetchEarly } from './loader/fetchEarly';
import { drawLauncher, showUnavailable } from './loader/launcher';
import css from './loader/launcher.css?inline';
import { loaderStrings } from './loader/strings';
import type { MountApp, MountedApp } from './mountApp';
import { linkedEntry, withoutLink } from './shared/deepLink';

/** `ready` settles by then from the start of loading, loaded or not (README, "JavaScript API"). */
const READY_WITHIN_MS = 29_500;

/** The key of a widget's host element on its API object, by which the loader knows its own widgets. */
export const HOST = Symbol.for('faq-chat.host');

/** What a widget is given besides its config. */
export interface WidgetOptions {
  /** Brings in the rest of the widget: the loader adds its file; a bundle imports it. */
  loadApp: () => Promise<MountApp>;
  /** Starts the worker that reads large files, where the page may run one. */
  startReader?: StartReader | null;
  /** The FAQ to answer from. Default: the faq-data folder at `config.dataUrl`. */
  data?: FaqData;
}

/**
 * Creates one widget as a page view needs it: a host element with its launcher, and the
 * API. Nothing is fetched and nothing else runs until intent (README, "Performance"): the
 * pointer over the launcher, focus on it or a touch; `data-open`, a deep link or a stored
 * conversation whose panel was open; or a call of the API that needs the rest.
 */
export function createWidget(config: WidgetConfig, { loadApp, startReader, data }: WidgetOptions): FaqChat {
  const events = new Emitter();
  const strings = loaderStrings(wantedLocales(config));
  const host = document.createElement('div');
  host.setAttribute('data-faq-chat', '');
  host.setAttribute('data-theme', config.theme);
  host.setAttribute('data-position', config.position);
  host.lang = strings.locale;
  if (!config.launcher) host.setAttribute('data-launcher', 'none');
  // Only a colour is taken, as the canvas of textOn reads it: var() or url(…) is none, and
  // could make a request (README, "Security").
  const onAccent = config.accent && textOn(config.accent);
  if (onAccent) {
    host.style.setProperty('--faq-accent', config.accent);
    host.style.setProperty('--faq-on-accent', onAccent);
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const launcher = config.launcher ? drawLauncher(shadow, strings.launcher) : null;

  let app: MountedApp | null = null;
  let loading: Promise<MountedApp | null> | null = null;
  let startedAt = 0;
  let ready: Promise<void> | null = null;
  let suggestions: string[] | null = null;
  let hideNotice: (() => void) | null = null;
  let destroyed = false;
  let early: Early | undefined;
  let pressed = false;

  // Brings the rest in once; a failure to load or to start it is reported and forgotten, so
  // that the next intent tries again. Resolves with null while the rest cannot be had.
  const load = (): Promise<MountedApp | null> => {
    if (loading) return loading;
    startedAt = performance.now();
    // The data comes beside the app, not after it; a widget given its data has none to fetch.
    if (!data) early ??= fetchEarly(config.dataUrl, wantedLocales(config));
    loading = loadApp()
      .then((mount) => {
        if (destroyed) return null;
        app = mount({ config, host, shadow, launcher, events, data, startReader, suggestions, early });
        return app;
      })
      .catch((error: unknown) => {
        loading = null;
        const message = error instanceof Error ? error.message : String(error);
        console.error(message);
        events.emit('error', { message });
        return null;
      });
    return loading;
  };
  // Runs `use` once the rest is there, or gives `otherwise` if it cannot be had: the API
  // never rejects.
  const later = <T>(use: (app: MountedApp) => T | Promise<T>, otherwise: T): Promise<T> =>
    load()
      .then((loaded) => (loaded ? use(loaded) : otherwise))
      .catch(() => otherwise);
  const nothing = (): SearchResult => ({ locale: strings.locale, reply: 'none', best: null, matches: [] });

  const intent = () => void load();
  // A press shows at once that the panel is coming, however slow the network. Further
  // presses until it comes do not undo the first (README, "Performance").
  const press = () => {
    hideNotice?.();
    if (app) return app.press();
    if (pressed) return;
    pressed = true;
    launcher?.setAttribute('aria-busy', 'true');
    void load().then((loaded) => {
      pressed = false;
      launcher?.removeAttribute('aria-busy');
      if (loaded) loaded.press();
      else if (!destroyed) hideNotice = showUnavailable(shadow, strings, press);
    });
  };
  if (launcher) {
    launcher.addEventListener('pointerenter', intent);
    launcher.addEventListener('focus', intent);
    launcher.addEventListener('touchstart', intent, { passive: true });
    launcher.addEventListener('click', press);
  }
  // A deep link opens the panel on its entry, at load and whenever the fragment changes. It
  // is followed once: the link leaves the address, so that a reload does not open it again.
  const followLink = () => {
    const id = linkedEntry(location.hash);
    if (!id) return;
    try {
      history.replaceState(history.state, '', withoutLink(location.href));
    } catch {
      // A sandboxed frame may refuse: the link then stays, and is followed again on reload.
    }
    void later((loaded) => loaded.show(id), false);
  };
  followLink();
  addEventListener('hashchange', followLink);
  // The app opens the panel itself for data-open and a stored open panel; it must come now.
  if (config.open || (config.persist === 'session' && storedOpen(config.dataUrl))) intent();

  const mount = () => document.body.append(host);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });

  const api: FaqChat = {
    version,
    get ready() {
      ready ??= new Promise<void>((resolve) => {
        void later((loaded) => loaded.ready, undefined).then(resolve);
        setTimeout(resolve, READY_WITHIN_MS - (performance.now() - startedAt));
      });
      return ready;
    },
    open: () => void later((loaded) => loaded.open(), undefined),
    // Closing needs nothing that is not there yet: a panel that never opened is closed.
    close: () => void loading?.then((loaded) => loaded?.close()),
    toggle: () => void later((loaded) => loaded.toggle(), undefined),
    ask: (question) => later((loaded) => loaded.ask(question), nothing()),
    search: (question, options) => later((loaded) => loaded.search(question, options), nothing()),
    setLocale: (locale) => later((loaded) => loaded.setLocale(locale), undefined),
    show: (id) => later((loaded) => loaded.show(id), false),
    setSuggestions(ids) {
      if (!Array.isArray(ids)) return;
      suggestions = ids.filter((id) => typeof id === 'string');
      app?.setSuggestions(suggestions);
    },
    on: (event, handler) => events.on(event, handler),
    off: (event, handler) => events.off(event, handler),
    destroy() {
      destroyed = true;
      app?.destroy();
      hideNotice?.();
      document.removeEventListener('DOMContentLoaded', mount);
      removeEventListener('hashchange', followLink);
      host.remove();
      events.clear();
      // A widget published as window.FaqChat takes it with it; a newer one's stays.
      const page = window as { FaqChat?: FaqChat };
      if (page.FaqChat === api) delete page.FaqChat;
    },
  };
  Object.defineProperty(api, HOST, { value: host });
  return api;
}
