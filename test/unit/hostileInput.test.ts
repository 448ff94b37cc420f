// Whatever a visitor or a page types, searching never throws and asking never rejects.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FaqSource } from '../../src/data/FaqSource';
import { Emitter } from '../../src/events';
import { createI18n } from '../../src/i18n/i18n';
import { Chat } from '../../src/chat/Chat';
import { History, MAX_MESSAGES } from '../../src/chat/history';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';
import { FaqDataError } from '../../src/data/FaqDataError';
import { isSafeUrl } from '../../src/data/safeUrl';
import type { LocaleFile } from '../../src/data/format';
import { validateLocaleFile } from '../../src/data/validate';
import { createFaqIndex, MAX_QUESTION_LENGTH } from '../../src/search/FaqIndex';
import { scan } from '../../src/search/tokenize';
import { parseAnswer } from '../../src/ui/markdown';

const LOCALES = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];
const files = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(`faq-data/${locale}.json`, 'utf8')) as LocaleFile]),
);
const tricky = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a string of regular-expression characters, on purpose
  '.*+?^${}()|[]\\/',
  '(?<x>a)\\1',
  '\u202e\u202d\u2066\u2069',
  '\u0000\u0007\u001b\u007f\u0085',
  '\ud800',
  '\udfff x \ud83d',
  '\u200b\u200c\u200d\ufeff',
  'ｱ゙ｶ゚',
  '𝔦𝔠𝔩𝔢𝔦',
  'e\u0301\u0302\u0303',
  '🇺🇳👩🏽‍💻',
);
// Any code units, lone surrogates and controls included, mixed with the tricky ones.
const question = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  tricky,
  fc.array(fc.oneof(tricky, fc.string()), { maxLength: 8 }).map((parts) => parts.join(' ')),
);

describe('hostile input', () => {
  it.each(LOCALES)('never makes search throw, in %s', async (locale) => {
    const index = await createFaqIndex(files[locale].entries, locale);
    fc.assert(
      fc.property(question, (text) => {
        const result = index.search(text);
        expect(result.matches.every((match) => match.score >= 0 && match.score <= 1)).toBe(true);
        index.suggest(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never makes ask or search of the chat reject, whatever the page passes', async () => {
    fetchFaqData();
    const chat = new Chat(new FaqSource(DATA_URL), createI18n(), new Emitter(), new History(DATA_URL, false), ['ja']);
    await fc.assert(
      fc.asyncProperty(fc.oneof(question, fc.anything()), fc.anything(), async (input, options) => {
        await chat.ask(input as string);
        await chat.search(input as string, options as never);
      }),
      { numRuns: 200 },
    );
    expect(chat.messages.value.length).toBeLessThanOrEqual(MAX_MESSAGES);
  });

  it('handles a 100,000-character question quickly cut to its first characters', async () => {
    const index = await createFaqIndex(files.en.entries, 'en');
    const long = `When did ICLEI start?${' '.repeat(100_000)}How do I pay a parking ticket?`;
    expect(long.length).toBeGreaterThan(100_000);
    expect(index.search(long).best?.id).toBe('founded');
    expect(index.search(`${'x '.repeat(MAX_QUESTION_LENGTH / 2)}When did ICLEI start?`).matches).toEqual([]);
  });

  it('never makes the tokenizer or the answer parser throw, and the parser invents no text and no unsafe link', () => {
    // Every piece of text the parser gives back is a piece of the answer as written, but for
    // white space: the lines of a paragraph are joined by a space.
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    const pieces = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : typeof node === 'object' && node ? Object.values(node).flatMap(pieces) : [];
    fc.assert(
      fc.property(question, (text) => {
        scan(text, () => {});
        const blocks = parseAnswer(text);
        for (const piece of pieces(blocks)) if (!['ul', 'ol'].includes(piece)) expect(flat(text)).toContain(flat(piece));
        const hrefs = JSON.stringify(blocks).match(/"href":"[^"]*"/g) ?? [];
        for (const href of hrefs) expect(isSafeUrl(JSON.parse(`{${href}}`).href)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any JSON as a locale file or rejects it with a FaqDataError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 5 }), (top, entries) => {
        for (const raw of [top, { entries }, { entries: [...entries, { id: '__proto__', question: 'q', answer: 'a' }] }]) {
          try {
            const { file } = validateLocaleFile(raw, 'x.json', 'en');
            expect(Array.isArray(file.entries)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(FaqDataError);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).question).toBeUndefined();
  });
});
