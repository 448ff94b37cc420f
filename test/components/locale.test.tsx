import { fireEvent, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { inLog, renderWidget, screen } from './renderWidget';

const open = () => fireEvent.click(screen.getAllByRole('button')[0]);

describe('locales', () => {
  it('starts in the first wanted locale the manifest has, UI strings included', async () => {
    const { chat } = await renderWidget({ wanted: ['de-AT', 'ko-KR'] });
    expect(chat.locale.value).toBe('ko');
    open();
    expect(screen.getByRole('dialog').textContent).toContain('이클레이');
    expect(screen.getByRole('textbox').getAttribute('placeholder')).not.toBe('Type your question…');
  });

  it('switches language from the menu, with a locale event', async () => {
    const { chat, events } = await renderWidget();
    const changed = vi.fn();
    events.on('locale', changed);
    open();
    const menu = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect([...menu.options].map((option) => option.textContent)).toEqual([
      'English',
      'Español',
      'Français',
      'Português',
      '한국어',
      '日本語',
      '中文',
    ]);
    fireEvent.change(menu, { target: { value: 'ja' } });
    await waitFor(() => expect(chat.locale.value).toBe('ja'));
    expect(changed).toHaveBeenCalledWith({ locale: 'ja', previous: 'en' });
    expect(screen.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByRole('dialog').textContent).toContain('イクレイ');
  });

  it('falls back to the default locale when a locale file fails, and says so', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { chat } = await renderWidget({ wanted: ['fr'], files: { 'fr.json': null } });
    expect(chat.locale.value).toBe('en');
    open();
    expect(screen.getByText('Answers in Français are not available, so they are shown in English.').getAttribute('role')).toBe('status');
  });

  it('says the FAQ is unavailable when nothing loads, and retries on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { chat } = await renderWidget({ files: { 'index.json': new TypeError('Failed to fetch') } });
    expect(chat.status.value).toBe('failed');
    open();
    expect(screen.getByRole('alert').textContent).toContain('The answers cannot be loaded right now.');
    const { fetchFaqData } = await import('../support/fetchFaqData');
    fetchFaqData();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(chat.status.value).toBe('ready'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('ends on the last locale asked for when two switches overlap and the first file is slow', async () => {
    const { chat } = await renderWidget();
    const served = fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input).endsWith('/ko.json')) await new Promise((resolve) => setTimeout(resolve, 300));
      return served(input);
    });
    const first = chat.setLocale('ko');
    await chat.setLocale('en');
    await first;
    expect(chat.locale.value).toBe('en');
  });

  it('never rejects a locale that is not text, and says what is wrong', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { chat, events } = await renderWidget();
    const errors = vi.fn();
    events.on('error', errors);
    const api = chat as unknown as {
      setLocale(locale: unknown): Promise<void>;
      search(question: string, options: unknown): Promise<unknown>;
    };
    await expect(api.setLocale(5)).resolves.toBeUndefined();
    await expect(api.setLocale(['es'])).resolves.toBeUndefined();
    await expect(api.search('q', { locale: 5 })).resolves.toMatchObject({ reply: 'none', best: null });
    expect(errors).toHaveBeenCalledTimes(2);
    expect(chat.locale.value).toBe('en');
  });

  it("keeps the visitor's chosen language for the rest of the visit, over the page's", async () => {
    sessionStorage.clear();
    const { chat } = await renderWidget({ persist: true });
    await chat.visitorSetsLocale('ko');
    const next = await renderWidget({ persist: true, wanted: ['fr'] });
    expect(next.chat.locale.value).toBe('ko');
  });

  describe("a question asked in the default locale's language", () => {
    it('is answered in the words it was asked in, unlabelled, the chat around them Spanish', async () => {
      const { chat, events } = await renderWidget({ wanted: ['es'] });
      const unanswered = vi.fn();
      events.on('unanswered', unanswered);
      expect(await chat.search('When was ICLEI founded?')).toMatchObject({ locale: 'en', reply: 'answer', best: { id: 'founded' } });
      open();
      await chat.ask('When was ICLEI founded?');
      const card = (await inLog().findByText('When was ICLEI founded?', { selector: 'h3 [lang="en"]' })).closest('article')!;
      expect(card.getAttribute('lang')).toBe('es');
      expect(card.querySelector('.answer')!.getAttribute('lang')).toBe('en');
      expect(card.querySelector('.answer')!.textContent).toContain('1990');
      expect(card.querySelector('.untranslated')).toBeNull();
      expect(card.querySelector('button[aria-label="Útil"]')).not.toBeNull();
      expect(unanswered).not.toHaveBeenCalled();
      // A Spanish question the Spanish FAQ does not cover is not answered from English.
      expect(await chat.search('¿Cómo pago una multa de estacionamiento?')).toMatchObject({ reply: 'none', best: null });
    });
  });

  describe('an entry not yet translated', () => {
    // Spanish without the entry "founded", which English has.
    const spanish = JSON.parse(readFileSync('faq-data/es.json', 'utf8'));
    spanish.entries = spanish.entries.filter((entry: { id: string }) => entry.id !== 'founded');
    const files = { 'es.json': JSON.stringify(spanish) };

    it('is found in the default locale, its words in their own language and labelled, the chat around them Spanish', async () => {
      const { chat, events } = await renderWidget({ wanted: ['es'], files });
      const unanswered = vi.fn();
      events.on('unanswered', unanswered);
      expect(await chat.search('¿Qué es ICLEI?')).toMatchObject({ locale: 'es', reply: 'answer', best: { id: 'what-is-iclei' } });

      const result = await chat.search('When was ICLEI founded?');
      expect(result).toMatchObject({ locale: 'en', reply: 'answer', best: { id: 'founded' } });
      const translated = new Set(spanish.entries.map((entry: { id: string }) => entry.id));
      expect(result.matches.filter(({ id }) => translated.has(id))).toEqual([]);

      open();
      await chat.ask('When was ICLEI founded?');
      const card = (await inLog().findByText('Aún sin traducir (English)')).closest('article')!;
      expect(card.getAttribute('lang')).toBe('es');
      expect(card.querySelector('h3 [lang="en"]')!.textContent).toBe('When was ICLEI founded?');
      expect(card.querySelector('.answer')!.getAttribute('lang')).toBe('en');
      expect(card.querySelector('.answer')!.textContent).toContain('1990');
      expect(card.querySelector('button[aria-label="Útil"]')).not.toBeNull();
      // Its related questions are asked in Spanish, where Spanish has them.
      expect([...card.querySelectorAll('.questions button')].map((button) => button.textContent)).toEqual([
        '¿Qué significa la sigla ICLEI?',
        '¿Qué es ICLEI?',
      ]);
      expect(unanswered).not.toHaveBeenCalled();
    });

    it("is not listed when Spanish has it: the default locale's choices count only where the served locale has none", async () => {
      const { chat } = await renderWidget({ wanted: ['es'] });
      // English gives a list of choices for this question, all of which Spanish has.
      expect(await chat.search('who pays for iclei')).toMatchObject({ locale: 'es', reply: 'none', best: null });
    });

    it('leaves "I don\'t know" when the default locale\'s file cannot be had, and tells the page why', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { chat, events } = await renderWidget({ wanted: ['es'], files: { ...files, 'en.json': null } });
      const errors = vi.fn();
      events.on('error', errors);
      expect(await chat.search('When was ICLEI founded?')).toMatchObject({ locale: 'es', reply: 'none', best: null });
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('en.json') }));
      expect(chat.status.value).toBe('ready');
    });
  });
});
