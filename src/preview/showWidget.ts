import type { FaqChat } from '../api';
import { resolveConfig } from '../config';
import type { FaqData } from '../data/FaqSource';
import { mountApp } from '../mountApp';
import { createWidget } from '../widget';

// The preview shows one chat at a time, on what the editor chose last.
let shown: FaqChat | null = null;

/** Shows the chat, open, on the data the editor chose; the one shown before goes. Stores nothing. */
export function showWidget(data: FaqData, locale?: string): FaqChat {
  shown?.destroy();
  const config = resolveConfig({ src: location.href, locale, open: true, persist: 'none' }, null, document);
  shown = createWidget(config, { data, loadApp: async () => mountApp });
  return shown;
}

/** Takes the chat away, when what the editor chose cannot be shown. */
export function hideWidget(): void {
  shown?.destroy();
  shown = null;
}
