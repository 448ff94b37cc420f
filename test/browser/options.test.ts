// Options come from the page's own settings alone (README, "Embedding" and "Security"): a
// polluted Object.prototype and markup named FaqChatConfig give none, an accent is a colour
// or nothing, and an option that cannot be read is ignored, with a warning.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();

// What the server was asked for from now on.
function requestsFrom(start: number): string[] {
  return harness.server.requests.slice(start);
}

// The widget that started answers from the shipped FAQ, shows its launcher, and opens a
// panel with the FAQ file's title.
async function expectShippedWidget(page: Page): Promise<void> {
  await page.waitForFunction(() => window.FaqChat !== undefined);
  expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
  await page.locator('[data-faq-chat] .launcher').click();
  await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
  expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('ICLEI – Local Governments for Sustainability');
}

describe('options the page did not give', () => {
  it('never come from a polluted Object.prototype, with or without window.FaqChatConfig', async () => {
    harness.server.page('/polluter.js', {
      type: 'text/javascript',
      body: `for (const [key, value] of Object.entries({ src: '/evil-data/', contact: 'https://evil.example/', title: 'Evil',
          accent: 'red', launcher: false, persist: 'none', position: 'left', suggestions: ['evil'] })) Object.prototype[key] = value;`,
    });
    const head = '<script src="/polluter.js"></script>';
    harness.server.page('/proto.html', scriptPage('', { head }));
    harness.server.page('/proto-config.html', scriptPage('', { head: `<script src="/config-empty.js"></script>${head}` }));
    harness.server.page('/config-empty.js', { type: 'text/javascript', body: 'window.FaqChatConfig = { locale: "en" };' });
    for (const path of ['/proto.html', '/proto-config.html']) {
      const start = harness.server.requests.length;
      const { page, errors } = await harness.open(path);
      await expectShippedWidget(page);
      expect(await page.locator('[data-faq-chat]').getAttribute('data-position')).toBe('right');
      expect(requestsFrom(start).filter((request) => request.startsWith('/evil-data/'))).toEqual([]);
      expect(errors).toEqual([]);
    }
  });

  it('never come from markup named FaqChatConfig', async () => {
    const form =
      '<form id="FaqChatConfig"><input name="src" value="/evil-data/"><input name="title" value="Evil">' +
      '<input name="contact" value="https://evil.example/"></form>';
    harness.server.page('/clobber.html', scriptPage('', { body: form }));
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open('/clobber.html');
    await expectShippedWidget(page);
    expect(requestsFrom(start).filter((request) => request.startsWith('/evil-data/'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('an accent', () => {
  it.each([
    ['window.FaqChatConfig', 'window.FaqChatConfig = { accent: "url(/evil-accent.png)" };', ''],
    ['a var() that holds url()', '', 'data-accent="var(--page-image)"'],
  ])('that is no colour, from %s, is not taken and requests nothing', async (_, config, attributes) => {
    harness.server.page('/accent-config.js', { type: 'text/javascript', body: config });
    harness.server.page(
      '/accent-url.html',
      scriptPage(attributes, {
        head: '<script src="/accent-config.js"></script><link rel="stylesheet" href="/accent-page.css">',
      }),
    );
    harness.server.page('/accent-page.css', { type: 'text/css', body: ':root { --page-image: url(/evil-accent.png); }' });
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open('/accent-url.html');
    await expectShippedWidget(page);
    expect(await page.locator('[data-faq-chat]').evaluate((host: HTMLElement) => host.style.getPropertyValue('--faq-accent'))).toBe('');
    expect(requestsFrom(start).filter((request) => request.startsWith('/evil-accent'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('that is a colour is taken', async () => {
    harness.server.page('/accent-colour.html', scriptPage('data-accent="oklch(0.5 0.2 300)"'));
    const { page } = await harness.open('/accent-colour.html');
    expect(await page.locator('[data-faq-chat]').evaluate((host: HTMLElement) => host.style.getPropertyValue('--faq-accent'))).toBe(
      'oklch(0.5 0.2 300)',
    );
  });
});

describe('an option that cannot be read', () => {
  it.each([
    ['a faq-data URL that is no URL', 'data-faq-src="http://["', '', 'faq-data URL "http://[" cannot be read, and is ignored'],
    [
      'a getter that throws',
      '',
      `window.FaqChatConfig = { locale: 'en', get src() { throw new Error('no'); } };`,
      'option "src" cannot be read',
    ],
    [
      'a Proxy that throws',
      '',
      `window.FaqChatConfig = new Proxy({}, { getPrototypeOf() { throw new Error('no'); } });`,
      'option "src" cannot be read',
    ],
    [
      'a Proxy whose every option throws',
      '',
      `window.FaqChatConfig = new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('no'); } });`,
      'option "suggestions" cannot be read',
    ],
    [
      'a list that throws',
      '',
      `window.FaqChatConfig = { suggestions: new Proxy(['founded'], { get() { throw new Error('no'); } }) };`,
      'option "suggestions" cannot be read',
    ],
    [
      'a window.FaqChatConfig that throws',
      '',
      `Object.defineProperty(window, 'FaqChatConfig', { get() { throw new Error('no'); } });`,
      'window.FaqChatConfig cannot be read',
    ],
  ])('is ignored, with a warning, and the widget starts: %s', async (_, attributes, config, warning) => {
    harness.server.page('/unreadable-config.js', { type: 'text/javascript', body: config });
    harness.server.page('/unreadable.html', scriptPage(attributes, { head: '<script src="/unreadable-config.js"></script>' }));
    const warnings: string[] = [];
    const { page, errors } = await harness.open('/unreadable.html');
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.reload();
    await expectShippedWidget(page);
    expect(warnings.join('\n')).toContain(warning);
    expect(errors).toEqual([]);
  });
});
