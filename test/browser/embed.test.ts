import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();

describe('a page with one script tag', () => {
  it('gets FaqChat, whose ready resolves, and answers in the shadow root', async () => {
    harness.server.page('/plain.html', scriptPage());
    const { page, errors } = await harness.open('/plain.html');
    expect(await page.evaluate(() => typeof window.FaqChat?.ready.then)).toBe('function');
    await page.evaluate(() => window.FaqChat!.ready);
    const launcher = page.locator('[data-faq-chat] button').first();
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await launcher.click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('When did ICLEI start?');
    await page.keyboard.press('Enter');
    const card = page.getByRole('article');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toContain('When was ICLEI founded?');
    // Inside the shadow root, out of reach of the page's own selectors.
    expect(await page.evaluate(() => document.querySelectorAll('article').length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('answers from the API: founded for "When did ICLEI start?", nothing for a parking ticket', async () => {
    harness.server.page('/plain.html', scriptPage());
    const { page, errors } = await harness.open('/plain.html');
    const founded = await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'));
    expect(founded.best?.id).toBe('founded');
    expect(founded.matches[0]).toEqual(founded.best);
    expect(founded.best!.score).toBeGreaterThan(0);
    expect(founded.best!.score).toBeLessThanOrEqual(1);
    const parking = await page.evaluate(() => window.FaqChat!.search('How do I pay a parking ticket?'));
    expect(parking.best).toBeNull();
    expect(errors).toEqual([]);
  });

  it('reads its data from data-faq-src, resolved against the page', async () => {
    const { readFileSync } = await import('node:fs');
    const en = JSON.parse(readFileSync('faq-data/en.json', 'utf8'));
    en.entries[0].answer = 'Served from the other folder.';
    harness.server.page('/elsewhere/data/index.json', {
      body: JSON.stringify({ version: 1, defaultLocale: 'en', locales: { en: 'English' } }),
      type: 'application/json',
    });
    harness.server.page('/elsewhere/data/en.json', { body: JSON.stringify(en), type: 'application/json' });
    harness.server.page('/elsewhere/page.html', scriptPage('data-faq-src="data"'));
    const { page, errors } = await harness.open('/elsewhere/page.html');
    const result = await page.evaluate(() => window.FaqChat!.search('What is ICLEI?'));
    expect(result.best?.answer).toBe('Served from the other folder.');
    expect(harness.server.requests).toContain('/elsewhere/data/en.json');
    expect(errors).toEqual([]);
  });

  it('starts in the language of <html lang> and answers in it', async () => {
    harness.server.page('/ja.html', scriptPage('', { lang: 'ja' }));
    const { page, errors } = await harness.open('/ja.html');
    await page.evaluate(() => window.FaqChat!.ready);
    const host = page.locator('[data-faq-chat]');
    expect(await host.getAttribute('lang')).toBe('ja');
    expect(await host.getAttribute('dir')).toBe('ltr');
    await page.locator('[data-faq-chat] button').first().click();
    await page.getByRole('textbox').fill('イクレイはいつ設立されたの？');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(await page.getByRole('article').getByRole('heading', { level: 3 }).textContent()).toMatch(/設立/);
    expect(errors).toEqual([]);
  });

  it('gives one widget when the script is included twice', async () => {
    harness.server.page('/twice.html', scriptPage('', { head: '<script src="/faq-chat.js" async></script>' }));
    const { page } = await harness.open('/twice.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect(await page.locator('[data-faq-chat]').count()).toBe(1);
  });
});
