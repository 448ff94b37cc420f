import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();

describe('window.FaqChat', () => {
  it('opens, closes and toggles the panel, with events', async () => {
    // A script right after the widget's listens before any data has loaded.
    harness.server.page('/api-events.html', scriptPage().replace('</body>', '<script src="/listen.js"></script></body>'));
    harness.server.page('/listen.js', {
      type: 'text/javascript',
      body:
        'window.__seen = []; ' +
        "for (const name of ['open', 'close', 'ready']) FaqChat.on(name, (detail) => __seen.push(name + ' ' + JSON.stringify(detail)));",
    });
    const { page, errors } = await harness.open('/api-events.html');
    const events = await page.evaluate(async () => {
      await window.FaqChat!.ready;
      window.FaqChat!.open();
      window.FaqChat!.open();
      window.FaqChat!.toggle();
      window.FaqChat!.toggle();
      window.FaqChat!.close();
      return (window as any).__seen;
    });
    expect(events).toEqual(['ready {"locale":"en"}', 'open {}', 'close {}', 'open {}', 'close {}']);
    expect(errors).toEqual([]);
  });

  it('asks in the chat and reports question and unanswered events', async () => {
    harness.server.page('/api.html', scriptPage());
    const { page } = await harness.open('/api.html');
    const { result, seen } = await page.evaluate(async () => {
      const seen: unknown[] = [];
      window.FaqChat!.on('question', (detail) => seen.push(['question', detail.question, detail.result.best?.id ?? null]));
      window.FaqChat!.on('unanswered', (detail) => seen.push(['unanswered', detail]));
      const result = await window.FaqChat!.ask('Where is the headquarters?');
      await window.FaqChat!.ask('How do I pay a parking ticket?');
      return { result, seen };
    });
    expect(result.best?.id).toBe('headquarters');
    expect(seen).toEqual([
      ['question', 'Where is the headquarters?', 'headquarters'],
      ['question', 'How do I pay a parking ticket?', null],
      ['unanswered', { question: 'How do I pay a parking ticket?', locale: 'en' }],
    ]);
    await page.evaluate(() => window.FaqChat!.open());
    expect(await page.getByRole('log').getByRole('article').count()).toBe(1);
  });

  it('switches locale with setLocale, and reports an unknown one as an error', async () => {
    harness.server.page('/api.html', scriptPage());
    const { page } = await harness.open('/api.html');
    const seen = await page.evaluate(async () => {
      const seen: unknown[] = [];
      window.FaqChat!.on('locale', (detail) => seen.push(detail));
      window.FaqChat!.on('error', (detail) => seen.push(detail.message));
      await window.FaqChat!.setLocale('pt-BR');
      await window.FaqChat!.setLocale('xx');
      return seen;
    });
    expect(seen).toEqual([
      { locale: 'pt', previous: 'en' },
      'FaqChat: "xx" is not a locale of this FAQ; it has en, es, fr, pt, ko, ja, zh.',
    ]);
    expect(await page.locator('[data-faq-chat]').getAttribute('lang')).toBe('pt');
    await page.evaluate(() => window.FaqChat!.open());
    expect(await page.getByRole('textbox').getAttribute('placeholder')).not.toBe('Type your question…');
  });

  it('searches another locale without changing the UI', async () => {
    harness.server.page('/api.html', scriptPage());
    const { page } = await harness.open('/api.html');
    const result = await page.evaluate(() => window.FaqChat!.search('会费是多少', { locale: 'zh-CN', limit: 3 }));
    expect(result.locale).toBe('zh');
    expect(result.matches.length).toBeLessThanOrEqual(3);
    expect(result.matches[0].id).toBe('membership-requirements');
    expect(await page.locator('[data-faq-chat]').getAttribute('lang')).toBe('en');
  });

  it('never rejects, whatever it is given', async () => {
    harness.server.page('/api.html', scriptPage());
    const { page, errors } = await harness.open('/api.html');
    const results = await page.evaluate(async () => {
      const api = window.FaqChat as any;
      return Promise.all([
        api.search(''),
        api.search(null),
        api.search('x'.repeat(100_000)),
        api.ask(42),
        api.search('q', { locale: 'nope' }),
      ]);
    });
    for (const result of results) expect(result).toMatchObject({ best: null });
    expect(errors).toEqual([]);
  });

  it('is removed whole by destroy()', async () => {
    harness.server.page('/api.html', scriptPage());
    const { page } = await harness.open('/api.html');
    const after = await page.evaluate(async () => {
      await window.FaqChat!.ready;
      window.FaqChat!.destroy();
      return { global: 'FaqChat' in window, hosts: document.querySelectorAll('[data-faq-chat]').length };
    });
    expect(after).toEqual({ global: false, hosts: 0 });
  });
});

describe('the script tag attributes', () => {
  it('data-open, data-position, data-theme, data-title and data-accent shape the panel', async () => {
    harness.server.page(
      '/attrs.html',
      scriptPage('data-open="true" data-position="left" data-theme="dark" data-title="Ask Lindenfeld" data-accent="#ffd400"'),
    );
    const { page } = await harness.open('/attrs.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect(await page.getByRole('dialog', { name: 'Ask Lindenfeld' }).isVisible()).toBe(true);
    const style = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-faq-chat]')!;
      const launcher = host.shadowRoot!.querySelector('button')!;
      const css = getComputedStyle(launcher);
      return { left: launcher.getBoundingClientRect().left, background: css.backgroundColor, color: css.color, theme: host.dataset.theme };
    });
    expect(style.left).toBeLessThan(100);
    expect(style.background).toBe('rgb(255, 212, 0)');
    // Dark text on a light yellow, for AA contrast.
    expect(style.color).toBe('rgb(0, 0, 0)');
    expect(style.theme).toBe('dark');
  });

  it('data-theme="auto" follows the system; "light" keeps a light site light; a site switches it on the widget\'s element', async () => {
    harness.server.page('/auto.html', scriptPage('data-open="true"'));
    harness.server.page('/light.html', scriptPage('data-open="true" data-theme="light"'));
    const background = (page: Page) =>
      page.evaluate(() => {
        const panel = document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('[role="dialog"]')!;
        return getComputedStyle(panel).backgroundColor;
      });
    const auto = (await harness.open('/auto.html', { colorScheme: 'dark' })).page;
    await auto.evaluate(() => window.FaqChat!.ready);
    expect(await background(auto)).toBe('rgb(22, 27, 34)');
    const light = (await harness.open('/light.html', { colorScheme: 'dark' })).page;
    await light.evaluate(() => window.FaqChat!.ready);
    expect(await background(light)).toBe('rgb(255, 255, 255)');
    // A site's own dark-mode switch (README, "Theming").
    await light.evaluate(() => {
      document.querySelector<HTMLElement>('[data-faq-chat]')!.dataset.theme = 'dark';
    });
    expect(await background(light)).toBe('rgb(22, 27, 34)');
  });

  it('data-launcher="none" leaves the opening to the page', async () => {
    harness.server.page('/nolauncher.html', scriptPage('data-launcher="none"'));
    const { page } = await harness.open('/nolauncher.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect(await page.locator('[data-faq-chat] .launcher').count()).toBe(0);
    await page.evaluate(() => window.FaqChat!.open());
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
  });
});
