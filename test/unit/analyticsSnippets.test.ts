// The analytics snippets of docs/analytics, run against a stand-in of each tool's global
// and a widget's event emitter: what each sends for a question, an unanswered question
// and feedback.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../src/api';
import { Emitter } from '../../src/events';

const answered: SearchResult = {
  locale: 'en',
  reply: 'answer',
  best: { id: 'founded', question: 'When was ICLEI founded?', answer: '…', score: 0.9 },
  matches: [],
};
const none: SearchResult = { locale: 'en', reply: 'none', best: null, matches: [] };

/** Runs a snippet in a page whose globals are `globals`, then lets the chat emit the three events. */
function runSnippet(name: string, globals: Record<string, unknown>, chatLoadsLater = false) {
  const chat = new Emitter();
  const page: Record<string, unknown> = { ...globals, ...(!chatLoadsLater && { FaqChat: chat }) };
  const loaded: (() => void)[] = [];
  const document = { addEventListener: (event: string, listener: () => void) => event === 'DOMContentLoaded' && loaded.push(listener) };
  new Function('window', 'document', readFileSync(`docs/analytics/${name}`, 'utf8'))(page, document);
  if (chatLoadsLater) (page.FaqChat = chat), loaded.forEach((listener) => listener());
  chat.emit('question', { question: 'When was ICLEI founded? mail me at ana@city.example', locale: 'en', result: answered });
  chat.emit('question', { question: 'parking ticket', locale: 'en', result: none });
  chat.emit('unanswered', { question: 'parking ticket', locale: 'en' });
  chat.emit('feedback', { entryId: 'founded', helpful: false, locale: 'en' });
  return page;
}

describe('analytics snippets', () => {
  it('Matomo: each question as a site search, with 0 results when unanswered, and events for the entry and the feedback', () => {
    const page = runSnippet('matomo.js', { _paq: [['setSiteId', '3']] });
    expect(page._paq).toEqual([
      ['setSiteId', '3'],
      ['trackSiteSearch', 'When was ICLEI founded? mail me at [e-mail]', 'FAQ chat (en)', 1],
      ['trackEvent', 'FAQ chat', 'question: answer', 'founded'],
      ['trackSiteSearch', 'parking ticket', 'FAQ chat (en)', 0],
      ['trackEvent', 'FAQ chat', 'question: none', ''],
      ['trackEvent', 'FAQ chat', 'unanswered', 'parking ticket'],
      ['trackEvent', 'FAQ chat', 'not helpful', 'founded'],
    ]);
  });

  it('Plausible: three custom events with properties, queued until Plausible loads', () => {
    const page = runSnippet('plausible.js', {}) as { plausible: { q: IArguments[] } };
    expect(page.plausible.q.map((call) => [...call])).toEqual([
      [
        'FAQ question',
        { props: { question: 'When was ICLEI founded? mail me at [e-mail]', reply: 'answer', entry: 'founded', locale: 'en' } },
      ],
      ['FAQ question', { props: { question: 'parking ticket', reply: 'none', entry: '', locale: 'en' } }],
      ['FAQ unanswered', { props: { question: 'parking ticket', locale: 'en' } }],
      ['FAQ feedback', { props: { entry: 'founded', helpful: 'no', locale: 'en' } }],
    ]);
  });

  it('Google Analytics 4: three events with parameters, and a widget that starts after the snippet', () => {
    const gtag = vi.fn();
    runSnippet('ga4.js', { gtag }, true);
    expect(gtag.mock.calls).toEqual([
      [
        'event',
        'faq_question',
        { question: 'When was ICLEI founded? mail me at [e-mail]', reply: 'answer', entry_id: 'founded', locale: 'en' },
      ],
      ['event', 'faq_question', { question: 'parking ticket', reply: 'none', entry_id: '', locale: 'en' }],
      ['event', 'faq_unanswered', { question: 'parking ticket', locale: 'en' }],
      ['event', 'faq_feedback', { entry_id: 'founded', helpful: false, locale: 'en' }],
    ]);
  });

  it('sends no phone number', () => {
    const gtag = vi.fn();
    const chat = new Emitter();
    new Function('window', 'document', readFileSync('docs/analytics/ga4.js', 'utf8'))({ gtag, FaqChat: chat }, {});
    chat.emit('unanswered', { question: 'call me on +49 228 976 299-00 please', locale: 'en' });
    expect(gtag).toHaveBeenCalledWith('event', 'faq_unanswered', { question: 'call me on [number] please', locale: 'en' });
  });
});
