// What a visitor sees in the conversation itself, in a real browser: where the log scrolls,
// where focus goes, what the header leaves of a phone's screen, and how CJK text is set.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();
// The test pages have no viewport meta tag, so the phone is not emulated as isMobile.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true };
const LAUNCHER = 'Open questions and answers';

/** Serves a one-locale faq-data folder under `/<name>/data/` and a page that embeds it. */
function serveFaq(name: string, file: object, attributes = '') {
  const { locale } = file as { locale: string };
  const manifest = { version: 1, defaultLocale: locale, locales: { [locale]: locale } };
  harness.server.page(`/${name}/data/index.json`, { body: JSON.stringify(manifest), type: 'application/json' });
  harness.server.page(`/${name}/data/${locale}.json`, { body: JSON.stringify(file), type: 'application/json' });
  harness.server.page(`/${name}/page.html`, scriptPage(`data-faq-src="data" ${attributes}`, { lang: locale }));
  return `/${name}/page.html`;
}

/** The element that has focus in the widget's shadow root, by its role or tag. */
const focusedIn = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('[data-faq-chat]')!.shadowRoot!.activeElement;
    return active ? (active.getAttribute('role') ?? active.tagName.toLowerCase()) : `outside: ${document.activeElement?.tagName}`;
  });

/** The names of the buttons in Chromium's accessibility tree, as a screen reader gets them. */
async function buttonsInTree(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && node.role?.value === 'button').map((node) => node.name?.value ?? '');
}

describe('a thumbs down', () => {
  it('brings its reply into view, and the log does not jump back to the question', async () => {
    const answer = Array.from({ length: 30 }, (_, index) => `Paragraph ${index + 1} of a long answer.`).join('\n\n');
    const path = serveFaq('long', {
      locale: 'en',
      title: 'Long answers',
      contact: { label: 'Ask a person', url: 'https://city.example/contact' },
      entries: [{ id: 'long', question: 'What is the long answer?', answer }],
    });
    const { page } = await harness.open(path);
    await page.evaluate(() => window.FaqChat!.ready);
    await page.evaluate(() => window.FaqChat!.ask('long answer'));
    await page.evaluate(() => window.FaqChat!.open());
    await page.getByRole('button', { name: 'Not helpful' }).click();
    const reply = page.getByRole('log').getByText(/Sorry that did not help/);
    await reply.waitFor();
    const inView = () =>
      reply.evaluate((element) => {
        const log = element.closest('[role="log"]')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.top >= log.top && box.bottom <= log.bottom;
      });
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
  });
});

describe('the header', () => {
  it.each(['fr', 'ja'])('keeps a long title in %s to two lines on a phone, and the dialog keeps its whole name', async (lang) => {
    const title = JSON.parse(readFileSync(`faq-data/${lang}.json`, 'utf8')).title as string;
    harness.server.page(`/long-title-${lang}.html`, scriptPage('data-open="true"', { lang }));
    const { page } = await harness.open(`/long-title-${lang}.html`, PHONE);
    await page.evaluate(() => window.FaqChat!.ready);
    await expect.poll(() => page.getByRole('dialog', { name: title, exact: true }).count()).toBe(1);
    const lines = await page.evaluate(() => {
      const h2 = document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('h2')!;
      return h2.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(h2).lineHeight);
    });
    expect(lines).toBeLessThanOrEqual(2.01);
  });
});

describe('on a phone', () => {
  it('gives focus to the dialog, not the question box, so that no keyboard covers the suggestions', async () => {
    harness.server.page('/phone-focus.html', scriptPage());
    const { page } = await harness.open('/phone-focus.html', PHONE);
    await page.locator('[data-faq-chat] .launcher').click();
    await expect.poll(() => focusedIn(page)).toBe('dialog');
    // From the dialog itself, Shift+Tab goes round to its last control, not out to the page.
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-faq-chat]')!.shadowRoot!.activeElement?.getAttribute('aria-label')))
      .toBe('Send');
  });

  it('takes the launcher out of the accessibility tree while the panel covers it, and gives it back on close', async () => {
    harness.server.page('/phone-tree.html', scriptPage());
    const { page } = await harness.open('/phone-tree.html', PHONE);
    // Chromium hides what is outside an aria-modal dialog itself; not every browser and
    // screen reader does, so the launcher is made inert as the page behind is.
    const inert = () => page.locator('[data-faq-chat] .launcher').evaluate((launcher) => launcher.matches('[inert], [inert] *'));
    await page.locator('[data-faq-chat] .launcher').click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await expect.poll(inert).toBe(true);
    expect(await buttonsInTree(page)).not.toContain(LAUNCHER);
    expect(await buttonsInTree(page)).toContain('Close');
    await page.keyboard.press('Escape');
    await expect.poll(inert).toBe(false);
    await expect.poll(() => buttonsInTree(page)).toContain(LAUNCHER);
    await expect.poll(() => focusedIn(page)).toBe('button');
  });
});

describe('clearing', () => {
  it('gives focus to the question box after Undo, not to the page', async () => {
    harness.server.page('/undo.html', scriptPage());
    const { page } = await harness.open('/undo.html');
    await page.evaluate(() => window.FaqChat!.ask('When did ICLEI start?'));
    await page.evaluate(() => window.FaqChat!.open());
    await page.getByRole('article').waitFor();
    await page.getByRole('button', { name: 'Clear the conversation' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('article').waitFor();
    await expect.poll(() => focusedIn(page)).toBe('input');
  });
});

describe('Chinese, Japanese and Korean', () => {
  it.each(['ja', 'zh', 'ko'])('set emphasis in %s upright and bold, not in slanted glyphs', async (locale) => {
    const path = serveFaq(`emphasis-${locale}`, {
      locale,
      title: 'FAQ',
      entries: [{ id: 'a', question: '質問 900001', answer: 'これは*大切*です。' }],
    });
    const { page } = await harness.open(path);
    await page.evaluate(() => window.FaqChat!.ask('900001'));
    await page.evaluate(() => window.FaqChat!.open());
    const emphasis = page.locator('[data-faq-chat] .answer em');
    await emphasis.waitFor();
    const style = await emphasis.evaluate((element) => [getComputedStyle(element).fontStyle, Number(getComputedStyle(element).fontWeight)]);
    expect(style[0]).toBe('normal');
    expect(style[1]).toBeGreaterThanOrEqual(700);
  });

  it('breaks Japanese lines between phrases where the browser can', async () => {
    harness.server.page('/ja-phrases.html', scriptPage('data-open="true"', { lang: 'ja' }));
    const { page } = await harness.open('/ja-phrases.html', PHONE);
    await page.evaluate(() => window.FaqChat!.ready);
    const breaks = await page.evaluate(() =>
      ['h2', '.log p', '.chip'].map(
        (selector) => getComputedStyle(document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector(selector)!).wordBreak,
      ),
    );
    expect(breaks).toEqual(['auto-phrase', 'auto-phrase', 'auto-phrase']);
  });
});

describe('small talk and an entry not yet translated', () => {
  it('replies in kind to a greeting, and finds an entry Spanish lacks in English, fetching English only then', async () => {
    const spanish = JSON.parse(readFileSync('faq-data/es.json', 'utf8'));
    spanish.entries = spanish.entries.filter((entry: { id: string }) => entry.id !== 'founded');
    const manifest = { version: 1, defaultLocale: 'en', locales: { en: 'English', es: 'Español' } };
    harness.server.page('/partial/data/index.json', { body: JSON.stringify(manifest), type: 'application/json' });
    harness.server.page('/partial/data/es.json', { body: JSON.stringify(spanish), type: 'application/json' });
    harness.server.page('/partial/data/en.json', { body: readFileSync('faq-data/en.json', 'utf8'), type: 'application/json' });
    harness.server.page('/partial/page.html', scriptPage('data-faq-src="data" data-locale="es"', { lang: 'es' }));
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open('/partial/page.html');
    await page.evaluate(() => window.FaqChat!.open());
    const log = page.getByRole('log');

    await page.evaluate(() => window.FaqChat!.ask('¡Hola!'));
    await expect.poll(() => log.locator('.bot').last().textContent()).toContain('¿Qué desea saber?');
    expect(await log.getByText(/Lo siento/).count()).toBe(0);
    expect(harness.server.requests.slice(start)).not.toContain('/partial/data/en.json');

    await page.evaluate(() => window.FaqChat!.ask('When was ICLEI founded?'));
    const card = log.locator('article').last();
    await expect.poll(() => card.getByText('Aún sin traducir (English)').count()).toBe(1);
    expect(await card.getAttribute('lang')).toBe('es');
    expect(await card.locator('h3 [lang="en"]').textContent()).toBe('When was ICLEI founded?');
    expect(await card.locator('.answer').getAttribute('lang')).toBe('en');
    expect(await card.getByRole('button', { name: 'Útil', exact: true }).count()).toBe(1);
    expect(harness.server.requests.slice(start)).toContain('/partial/data/en.json');
    expect(errors).toEqual([]);
  });
});
