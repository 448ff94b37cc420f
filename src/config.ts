// Every option of a widget, with its default, in one place. The script tag's data-*
// attributes (contract section 2) are read here and nowhere else.

/** How a widget is set up. */
export interface WidgetConfig {
  /** Absolute URL of the widget's own script, which also reads large files in a worker. Default: none. */
  script: string | null;
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
}

/** Reads a widget's options from its script tag, resolving URLs against the page. */
export function configFromScript(script: HTMLScriptElement | null, doc: Document): WidgetConfig {
  const attr = (name: string) => script?.getAttribute(`data-${name}`)?.trim() || null;
  const scriptUrl = script?.src || doc.baseURI;
  const src = attr('faq-src');
  const dataUrl = src ? new URL(src, doc.baseURI).href : new URL('faq-data/', scriptUrl).href;
  return {
    script: script?.src || null,
    dataUrl: dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`,
    locale: attr('locale'),
    open: attr('open') === 'true',
    position: attr('position') === 'left' ? 'left' : 'right',
    accent: attr('accent'),
    theme: oneOf(attr('theme'), ['light', 'dark'] as const) ?? 'auto',
    title: attr('title'),
    launcher: attr('launcher') !== 'none',
    persist: attr('persist') === 'none' ? 'none' : 'session',
  };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((option) => option === value) ?? null;
}
