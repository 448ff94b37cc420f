import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { animationsEnded, scriptPage, useHarness } from './harness';

const harness = useHarness();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Runs axe-core over the whole page, shadow root included, once it is drawn and still, and
// lists each violation with the elements it found.
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  await animationsEnded(page);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openAndAnswer(page: Page, question: string) {
  await page.evaluate(() => window.FaqChat!.ready);
  await page.locator('[data-faq-chat] button').first().click();
  await page.getByRole('textbox').fill(question);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('article').count()).toBe(1);
  await page.getByRole('button', { name: 'Helpful', exact: true }).click();
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('has no axe violations with an answer shown, %s scheme', async (colorScheme) => {
    harness.server.page('/a11y.html', scriptPage());
    const { page } = await harness.open('/a11y.html', { colorScheme });
    await openAndAnswer(page, 'how do I join ICLEI');
    expect(await violations(page)).toEqual([]);
  });

  it('checks the panel once its opening fade has ended, however slowly the machine plays it', async () => {
    harness.server.page('/a11y.html', scriptPage());
    const { page } = await harness.open('/a11y.html');
    await page.evaluate(() => window.FaqChat!.ready);
    // A busy machine drew the fade slowly enough for axe to read its half-transparent colours.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.1 });
    await page.evaluate(() => window.FaqChat!.open());
    expect(await violations(page)).toEqual([]);
  });

  it('has no axe violations before the panel was ever opened', async () => {
    harness.server.page('/a11y.html', scriptPage());
    const { page } = await harness.open('/a11y.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect(await page.locator('[data-faq-chat] [role="dialog"]').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it('has no axe violations after an unanswered question', async () => {
    harness.server.page('/a11y.html', scriptPage());
    const { page } = await harness.open('/a11y.html');
    await page.evaluate(() => window.FaqChat!.ask('How do I pay a parking ticket?'));
    await page.evaluate(() => window.FaqChat!.open());
    expect(await violations(page)).toEqual([]);
  });

  it('has no axe violations while suggestions are offered', async () => {
    harness.server.page('/a11y.html', scriptPage());
    const { page } = await harness.open('/a11y.html');
    await openAndAnswer(page, 'where is the headquarters');
    await page.getByRole('textbox', { name: 'Your question' }).pressSequentially('memb');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await violations(page)).toEqual([]);
  });

  it('is operable by keyboard alone: Tab, Enter, type, Escape', async () => {
    harness.server.page('/keys.html', scriptPage('', { body: '<a href="#top">A link of the page</a>' }));
    const { page } = await harness.open('/keys.html');
    await page.evaluate(() => window.FaqChat!.ready);
    // Start from the page's own link, as a keyboard user would after reading the page.
    await page.getByRole('link', { name: 'A link of the page' }).focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    expect(await focused()).toBe('Open questions and answers');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe('faq-question');
    await page.keyboard.type('where is the world secretariat');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('log').getByRole('article').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(focused).toBe('Open questions and answers');
  });

  it('has targets of at least 24 by 24 pixels', async () => {
    harness.server.page('/a11y.html', scriptPage());
    const { page } = await harness.open('/a11y.html');
    await openAndAnswer(page, 'what are the benefits of membership');
    await page.evaluate(() => window.FaqChat!.ask('How do I pay a parking ticket?'));
    const small = await page.evaluate(() =>
      [...document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelectorAll('button, select, input, a')]
        // What is folded away (the topics) or kept in place unseen (the clear button) is no target.
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        // Links inside a sentence are exempt (WCAG 2.5.8, "inline").
        .filter(({ element }) => element.tagName !== 'A' || element.classList.contains('standalone'))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
  });
});
