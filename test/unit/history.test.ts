import { describe, expect, it, vi } from 'vitest';
import { FaqSource } from '../../src/data/FaqSource';
import { Emitter } from '../../src/events';
import { createI18n } from '../../src/i18n/i18n';
import { Chat } from '../../src/chat/Chat';
import { History, MAX_MESSAGES, storedOpen } from '../../src/chat/history';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';

const KEY = `faq-chat:${DATA_URL}`;

async function chat(persist = true) {
  fetchFaqData();
  const chat = new Chat(new FaqSource(DATA_URL), createI18n(), new Emitter(), new History(DATA_URL, persist), ['en']);
  await chat.ready;
  return chat;
}

describe('the stored conversation', () => {
  it('is not written before the visitor does something, then follows every message', async () => {
    sessionStorage.clear();
    const first = await chat();
    first.open();
    await first.ask('When did ICLEI start?');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    await first.visitorAsks('Where is the headquarters?');
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).toMatchObject({ messages: { length: 4 } });
    // Whether the panel was open is kept apart, for the loader to read on every page view.
    expect(sessionStorage.getItem(`faq-chat:open:${DATA_URL}`)).toBe('1');
    expect(storedOpen(DATA_URL)).toBe(true);
    first.close();
    await Promise.resolve();
    expect(storedOpen(DATA_URL)).toBe(false);
    const next = await chat();
    expect(next.messages.value.map((message) => message.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('is written once for all the changes of one task', async () => {
    sessionStorage.clear();
    const one = await chat();
    const writes = vi.spyOn(History.prototype, 'save');
    // The press allows storing and adds the question in one task; the reply comes in another.
    await one.visitorAsks('When did ICLEI start?');
    expect(writes).toHaveBeenCalledTimes(2);
    expect(writes.mock.calls[1][0].messages.map((message) => message.kind)).toEqual(['question', 'answer']);
    writes.mockRestore();
  });

  it('is never written with data-persist="none"', async () => {
    sessionStorage.clear();
    const none = await chat(false);
    none.engage();
    await none.visitorAsks('When did ICLEI start?');
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the last messages only', async () => {
    sessionStorage.clear();
    const long = await chat();
    long.engage();
    for (let i = 0; i < MAX_MESSAGES; i++) await long.ask(`question ${i}`);
    expect(long.messages.value).toHaveLength(MAX_MESSAGES);
    expect(JSON.parse(sessionStorage.getItem(KEY)!).messages).toHaveLength(MAX_MESSAGES);
    expect(long.messages.value.at(-2)).toMatchObject({ kind: 'question', text: `question ${MAX_MESSAGES - 1}` });
  });

  it('ignores blocked storage and stored junk', async () => {
    sessionStorage.setItem(KEY, '{"messages": [{"kind":"answer","key":1},{"kind":"question","key":2,"text":"kept"}, 5, null]}');
    const restored = await chat();
    expect(restored.messages.value).toEqual([{ kind: 'question', key: 2, text: 'kept' }]);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await expect(restored.visitorAsks('When did ICLEI start?')).resolves.toMatchObject({ best: { id: 'founded' } });
  });
});

describe('a stored conversation from a page that tampered with it', () => {
  const restore = async (stored: unknown) => {
    sessionStorage.setItem(KEY, JSON.stringify(stored));
    return (await chat()).messages.value;
  };

  it('drops messages whose lists hold anything but questions', async () => {
    const shortlist = {
      kind: 'shortlist',
      key: 1,
      locale: 'en',
      choices: [null],
      first: { id: 'x', question: 'q', answer: 'a', related: [] },
    };
    const answer = { kind: 'answer', key: 2, locale: 'en', entry: { id: 'x', question: 'q', answer: 'a', related: [null] } };
    expect(await restore({ messages: [shortlist, answer, { kind: 'question', key: 3, text: 'kept' }] })).toEqual([
      { kind: 'question', key: 3, text: 'kept' },
    ]);
  });

  it("keeps an answer in another language's words, and drops one whose marks are not what the widget writes", async () => {
    const entry = { id: 'founded', question: 'When was ICLEI founded?', answer: '1990', related: [], lang: 'en', translated: true };
    const answer = (changed: object) => ({ kind: 'answer', key: 1, locale: 'es', entry: { ...entry, ...changed } });
    expect(await restore({ messages: [answer({})] })).toEqual([answer({})]);
    expect(await restore({ messages: [answer({ translated: 'yes' })] })).toEqual([]);
    expect(await restore({ messages: [answer({ lang: 7 })] })).toEqual([]);
  });

  it('drops keys that would freeze the counter, so that new messages keep keys of their own', async () => {
    const restored = await chat();
    sessionStorage.setItem(KEY, JSON.stringify({ messages: [{ kind: 'question', key: 2 ** 53, text: 'huge key' }] }));
    expect((await chat()).messages.value).toEqual([]);
    restored.engage();
    await restored.ask('When did ICLEI start?');
    const keys = restored.messages.value.map((message) => message.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('drops texts longer than any the widget writes', async () => {
    expect(await restore({ messages: [{ kind: 'question', key: 1, text: 'x'.repeat(2_000_000) }] })).toEqual([]);
  });

  it("keeps lists as lists when the page's Array.prototype has a toJSON (old Prototype.js)", async () => {
    sessionStorage.clear();
    const first = await chat();
    // Prototype.js writes the list out as a string of its own making.
    const toJSON = function (this: unknown[]) {
      return `[${this.length} items]`;
    };
    Object.defineProperty(Array.prototype, 'toJSON', { value: toJSON, configurable: true });
    try {
      await first.visitorAsks('When did ICLEI start?');
    } finally {
      delete (Array.prototype as { toJSON?: unknown }).toJSON;
    }
    expect((await chat()).messages.value.map((message) => message.kind)).toEqual(['question', 'answer']);
  });
});
