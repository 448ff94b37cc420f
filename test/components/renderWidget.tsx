import { within } from '@testing-library/preact';
import { expect, onTestFinished, vi } from 'vitest';
import { Chat } from '../../src/chat/Chat';
import { History } from '../../src/chat/history';
import { resolveConfig } from '../../src/config';
import { FaqSource } from '../../src/data/FaqSource';
import type { Emitter } from '../../src/events';
import { createI18n } from '../../src/i18n/i18n';
import { mountChat } from '../../src/mountApp';
import { createWidget } from '../../src/widget';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';

interface Options {
  /** Locales the page asks for. Default: English. */
  wanted?: string[];
  /** Files of faq-data to replace: a body, null for a 404. */
  files?: Record<string, string | null | Error>;
  /** Keep the conversation in sessionStorage. Default: false. */
  persist?: boolean;
  /** A file whose answer waits until `release()`; the widget is then returned before it is ready. */
  hold?: string;
  /** The site's contact page (`data-contact`). Default: none. */
  contact?: string;
}

/** Queries of Testing Library in the shadow root of the widget the test rendered last. */
export const screen = new Proxy({} as ReturnType<typeof within>, {
  get: (_, query) => within(document.querySelector('[data-faq-chat]')!.shadowRoot as unknown as HTMLElement)[query as 'getByRole'],
});

/**
 * Queries of Testing Library in the conversation log: a reply's words are also in the status
 * that says them to screen readers, so text is looked for where the visitor sees it.
 */
export const inLog = () => within(screen.getByRole('log'));

/** The element that has focus inside the widget's shadow root. */
export const focused = () => document.querySelector('[data-faq-chat]')?.shadowRoot?.activeElement ?? null;

/**
 * Renders a whole widget on the ICLEI data, served from disk, as the loader does but with
 * the rest bundled, and waits until it is ready. It is destroyed when the test ends.
 */
export async function renderWidget({ wanted = ['en'], files = {}, persist = false, hold, contact }: Options = {}) {
  const { fetch: served } = fetchFaqData('faq-data', files);
  let release = () => {};
  if (hold) {
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input).endsWith(`/${hold}`)) await held;
      return served(input);
    });
  }
  let chat: Chat | undefined;
  let events: Emitter | undefined;
  const config = resolveConfig({ src: DATA_URL, persist: 'none' }, null, document);
  const api = createWidget(config, {
    loadApp: async () => (host) => {
      events = host.events;
      chat = new Chat(new FaqSource(DATA_URL), createI18n(), host.events, new History(DATA_URL, persist), wanted, contact);
      return mountChat(chat, host);
    },
  });
  onTestFinished(() => api.destroy());
  // Reading ready brings the rest of the widget in, as on a page.
  const ready = api.ready;
  if (hold) await vi.waitFor(() => expect(chat).toBeDefined());
  else await ready;
  return { api, chat: chat!, events: events!, release };
}
