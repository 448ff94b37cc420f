// The npm package's entry, for sites that bundle their own JavaScript (README, "JavaScript
// API"): the same widget as the script tag, set up by options, without a global unless asked.
// The rest of the widget is a chunk of the site's own bundle, loaded on intent as the
// script tag's loader loads its file.
import type { FaqChat, FaqChatOptions } from './api';
import { option, resolveConfig } from './config';
import { createWidget } from './widget';

export type * from './api';

/** Options of {@link createFaqChat}: the script tag's, and whether to set `window.FaqChat`. */
export interface CreateFaqChatOptions extends FaqChatOptions {
  /** Also publish the widget as `window.FaqChat`. Default: false. */
  global?: boolean;
}

/**
 * Creates a widget on the page: its launcher now, the rest on intent. `src` defaults to
 * `faq-data/` beside the page, since a bundle has no script URL to resolve it against.
 */
export function createFaqChat(options?: CreateFaqChatOptions): FaqChat {
  const widget = createWidget(resolveConfig(options, null, document), {
    loadApp: () => import('./mountApp').then((module) => module.mountApp),
    startReader: () => new Worker(new URL('./reader.ts', import.meta.url), { type: 'module' }),
  });
  if (option(options, 'global') === true) (window as { FaqChat?: FaqChat }).FaqChat = widget;
  return widget;
}
