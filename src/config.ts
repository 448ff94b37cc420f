// Every option of a widget, with its default, in one place. The script tag's data-*
// attributes (README, "Embedding") and window.FaqChatConfig are read here and nowhere else.
import type { FaqChatOptions } from './api';

/** How a widget is set up, every option resolved. */
export interface WidgetConfig {
  /** Absolute URL of the faq-data folder, ending in `/`. Default: `faq-data/` beside the script. */
  dataUrl: string;
  /** Locale the page asks for (`data-locale`); matched against the manifest. Default: none. */
  locale: string | null;
  /** Start with the panel open (`data-open="true"`). Default: false. */
  open: boolean;
  /** Corner of the launcher and panel (`data-position`). Default: `right`. */
  position: 'right' | 'left';
  /** Accent colour, any CSS colour (`data-accent`). Default: the widget's own. */
  accent: string | null;
  /** Colour scheme (`data-theme`). Default: `auto`, following `prefers-color-scheme`. */
  theme: 'light' | 'dark' | 'auto';
  /** Panel title (`data-title`). Default: the FAQ file's `title`, else a localized one. */
  title: string | null;
  /** Show the launcher button (`data-launcher` is not `"none"`). Default: true. */
  launcher: boolean;
  /** Keep the conversation in sessionStorage (`data-persist`). Default: `session`. */
  persist: 'session' | 'none';
  /** The site's own contact page, for questions the FAQ does not cover (`data-contact`). Default: the FAQ file's. */
  contact: string | null;
  /** Entry ids suggested on this page (`data-suggestions`). Default: the FAQ file's. */
  suggestions: string[] | null;
}

// The loader's file name, for finding its tag where a tag manager left no currentScript.
const LOADER_NAME = /\/faq-chat\.js(?:[?#]|$)/;

// Document is [LegacyOverrideBuiltIns]: markup injected into the page, such as
// <img name="currentScript">, shadows document.currentScript and document.querySelectorAll.
// The loader reads them through Document.prototype's own members, which markup cannot reach,
// since the tag it finds decides where the rest of the widget is imported from
// (README, "Security").
const currentScriptOf = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get;
const { querySelectorAll } = Document.prototype;

/**
 * The loader's own script tag: `document.currentScript` as the script starts. Only where that
 * is truly null (a tag manager added the script) is the tag found by its file name, trusting
 * the page's markup: a tag the page pinned with a nonce or an `integrity` first, else the
 * first in the page, as injected markup usually comes after the site's own tags.
 */
export function findScript(doc: Document): HTMLScriptElement | null {
  const current = currentScriptOf?.call(doc);
  if (current) return current instanceof HTMLScriptElement ? current : null;
  const named = [...querySelectorAll.call(doc, 'script[src]')].filter(
    (tag): tag is HTMLScriptElement => tag instanceof HTMLScriptElement && LOADER_NAME.test(tag.src),
  );
  return named.find((tag) => tag.nonce || tag.integrity) ?? named[0] ?? null;
}

/** The options a script tag's data-* attributes give; an attribute that is absent gives undefined. */
export function optionsFromScript(script: HTMLScriptElement | null): FaqChatOptions {
  const attr = (name: string) => script?.getAttribute(`data-${name}`)?.trim() || undefined;
  const suggestions = attr('suggestions');
  const options: FaqChatOptions = {
    src: attr('faq-src'),
    locale: attr('locale'),
    open: attr('open') === undefined ? undefined : attr('open') === 'true',
    position: attr('position') as FaqChatOptions['position'],
    accent: attr('accent'),
    theme: attr('theme') as FaqChatOptions['theme'],
    title: attr('title'),
    launcher: attr('launcher') === undefined ? undefined : attr('launcher') !== 'none',
    persist: attr('persist') as FaqChatOptions['persist'],
    contact: attr('contact'),
    suggestions: suggestions
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  };
  // Absent, so that the page's FaqChatConfig shows through where the tag is silent.
  return options;
}

/** The locales the visitor may want, best first: the tag's, the page's, the browser's. */
export function wantedLocales(config: WidgetConfig): (string | null)[] {
  return [config.locale, document.documentElement.lang, ...navigator.languages];
}

/** Says in the console that something the page gave is ignored; the widget goes on without it. */
export function ignored(what: string, error?: unknown): undefined {
  console.warn(`FaqChat: ${what} cannot be read, and is ignored.`, error);
}

/**
 * The option `name` of `options`, only if it is a plain object's own: a page's polluted
 * Object.prototype and an element (`<form id="FaqChatConfig">`) give none (README,
 * "Security"). A list is copied, with its strings alone. An option that throws when read (a
 * getter, a Proxy) is ignored, with a warning.
 */
export function option(options: unknown, name: string): unknown {
  try {
    if (typeof options !== 'object' || !options) return;
    const prototype = Object.getPrototypeOf(options);
    if ((prototype !== Object.prototype && prototype !== null) || !Object.hasOwn(options, name)) return;
    const value = (options as Record<string, unknown>)[name];
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : value;
  } catch (error) {
    return ignored(`the option "${name}"`, error);
  }
}

/**
 * Resolves options against the page: the data URL against `document.baseURI`, and by
 * default beside the loader at `script`. An option that `options` lacks comes from `fallback`
 * (the script tag's over the page's FaqChatConfig). Whatever the page gives, the result is
 * valid: an option that cannot be read or used is ignored.
 */
export function resolveConfig(options: unknown, script: string | null, doc: Document, fallback?: unknown): WidgetConfig {
  const get = (name: string) => option(options, name) ?? option(fallback, name);
  const text = (name: string) => {
    const value = get(name);
    return (typeof value === 'string' && value.trim()) || null;
  };
  const src = text('src');
  let dataUrl = new URL('faq-data/', script ?? doc.baseURI).href;
  try {
    if (src) dataUrl = new URL(src, doc.baseURI).href;
  } catch (error) {
    ignored(`the faq-data URL "${src}"`, error);
  }
  const position = get('position');
  const theme = get('theme');
  const suggestions = get('suggestions');
  return {
    dataUrl: dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`,
    locale: text('locale'),
    open: get('open') === true,
    position: position === 'left' ? position : 'right',
    accent: text('accent'),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    title: text('title'),
    launcher: get('launcher') !== false,
    persist: get('persist') === 'none' ? 'none' : 'session',
    contact: text('contact'),
    suggestions: Array.isArray(suggestions) ? suggestions : null,
  };
}
