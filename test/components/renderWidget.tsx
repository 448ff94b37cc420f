import { render } from '@testing-library/preact';
import { App } from '../../src/ui/App';
import { Chat } from '../../src/ui/Chat';
import { FaqSource } from '../../src/data/FaqSource';
import { Emitter } from '../../src/events';
import { createI18n } from '../../src/i18n/i18n';
import { History } from '../../src/ui/history';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';

interface Options {
  /** Locales the page asks for. Default: English. */
  wanted?: string[];
  /** Files of faq-data to replace: a body, null for a 404. */
  files?: Record<string, string | null | Error>;
}

/** Renders a whole widget on the ICLEI data, served from disk, and waits until it is ready. */
export async function renderWidget({ wanted = ['en'], files = {} }: Options = {}) {
  fetchFaqData('faq-data', files);
  const events = new Emitter();
  const chat = new Chat(new FaqSource(DATA_URL), createI18n(), events, new History(DATA_URL, false), wanted);
  const view = render(<App chat={chat} title={null} launcher />);
  await chat.ready;
  return { ...view, chat, events };
}
