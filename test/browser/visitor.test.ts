// What a visitor sees in a real browser: phones, languages, colours and contrast themes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();
// The test pages have no viewport meta tag, so the phone is not emulated as isMobile, which
// would lay them out 980 px wide.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true };

// WCAG's contrast ratio of two computed colours "rgb(r, g, b)".
const CONTRAST =
  `(a, b) => {
  const luminance = (colour) => {
    const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((c) => c / 255)` +
  `.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}`;

describe('on a phone', () => {
  it('gives every control of the answered panel a touch target of 44 px', async () => {
    harness.server.page('/phone.html', scriptPage());
    const { page } = await harness.open('/phone.html', PHONE);
    await page.evaluate(() => window.FaqChat!.ask('When did ICLEI start?'));
    await page.evaluate(() => window.FaqChat!.open());
    await page.getByRole('article').waitFor();
    const small = await page.evaluate(() =>
      [
        ...document
          .querySelector('[data-faq-chat]')!
          .shadowRoot!.querySelectorAll<HTMLElement>('.panel button, .panel select, .panel a.standalone'),
      ]
        .map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent, box: element.getBoundingClientRect() }))
        // Layout may place a box at a fraction of a pixel; 43.99 px is 44 on any screen.
        .filter(({ box }) => box.width > 0 && (Math.round(box.width) < 44 || Math.round(box.height) < 44))
        .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });
});

describe('modal on a phone', () => {
  const state = (page: import('playwright-core').Page) =>
    page.evaluate(() => ({
      modal: document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('[role="dialog"]')?.getAttribute('aria-modal') ?? null,
      inert: document.querySelector<HTMLElement>('#page-link')!.inert,
      scrolls: document.documentElement.style.overflow !== 'hidden',
    }));

  it('makes the page behind inert and still while the panel fills the screen, and gives it back on close', async () => {
    harness.server.page(
      '/modal.html',
      scriptPage('', { body: '<a id="page-link" href="#">Page link</a><p style="height:3000px">Long page</p>' }),
    );
    const { page } = await harness.open('/modal.html', PHONE);
    await page.locator('[data-faq-chat] .launcher').click();
    await expect.poll(() => state(page)).toEqual({ modal: 'true', inert: true, scrolls: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => state(page)).toEqual({ modal: null, inert: false, scrolls: true });
  });

  it('keeps to the part of the screen an on-screen keyboard leaves, as the visual viewport tells', async () => {
    harness.server.page('/keyboard.html', scriptPage());
    const { page } = await harness.open('/keyboard.html', PHONE);
    await page.locator('[data-faq-chat] .launcher').click();
    await expect.poll(() => page.getByRole('dialog').boundingBox()).toMatchObject({ y: 0, height: 844 });
    // What a browser reports when its keyboard takes the lower half of the screen.
    await page.evaluate(() => {
      Object.defineProperty(window.visualViewport, 'height', { get: () => 420, configurable: true });
      window.visualViewport!.dispatchEvent(new Event('resize'));
    });
    await expect.poll(() => page.getByRole('dialog').boundingBox()).toMatchObject({ y: 0, height: 420 });
    const box = await page.getByRole('textbox').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(420);
  });

  it('stays a non-modal dialog beside the page on a wide screen', async () => {
    const { page } = await harness.open('/modal.html');
    await page.locator('[data-faq-chat] .launcher').click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await state(page)).toEqual({ modal: null, inert: false, scrolls: true });
  });
});

describe('the header', () => {
  // A title longer than two lines is clamped (conversation.test.ts); the dialog's name keeps it whole.
  it.each(['en', 'ko'])('shows the title in %s on two lines at most, and it stays in place when the clear button appears', async (lang) => {
    harness.server.page(`/title-${lang}.html`, scriptPage('data-open="true"', { lang }));
    const { page } = await harness.open(`/title-${lang}.html`, { viewport: { width: 360, height: 740 } });
    await page.evaluate(() => window.FaqChat!.ready);
    const title = () =>
      page.evaluate(() => {
        const h2 = document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('h2')!;
        const lines = Math.round(h2.clientHeight / Number.parseFloat(getComputedStyle(h2).lineHeight));
        return { width: h2.getBoundingClientRect().width, lines, text: h2.textContent };
      });
    const before = await title();
    expect(before.lines).toBeLessThanOrEqual(2);
    await page.evaluate(() => window.FaqChat!.ask('ICLEI'));
    await page.getByRole('article').waitFor();
    expect(await title()).toEqual(before);
  });
});

describe('right to left', () => {
  it('mirrors the panel for Arabic, and finds answers typed with or without marks and hamza', async () => {
    for (const file of ['index.json', 'ar.json']) {
      harness.server.page(`/rtl/${file}`, { body: readFileSync(`test/fixtures/rtl/${file}`, 'utf8'), type: 'application/json' });
    }
    harness.server.page('/rtl.html', scriptPage('data-faq-src="/rtl/"', { lang: 'ar' }));
    const { page, errors } = await harness.open('/rtl.html');
    expect((await page.evaluate(() => window.FaqChat!.search('مَتَى تَأَسَّسَتْ المنظمه'))).best?.id).toBe('founded');
    expect((await page.evaluate(() => window.FaqChat!.search('اعضاء المنظمه'))).best?.id).toBe('members');
    await page.locator('[data-faq-chat] .launcher').click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    const host = page.locator('[data-faq-chat]');
    expect([await host.getAttribute('lang'), await host.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const [panel, launcher, title, close] = await Promise.all(
      ['[role="dialog"]', '.launcher', 'h2', 'header button[aria-label="إغلاق"]'].map((selector) =>
        page.locator(`[data-faq-chat] ${selector}`).boundingBox(),
      ),
    );
    // The corner and the header mirror: panel and launcher on the left, close before the title.
    expect(panel!.x).toBeLessThan(100);
    expect(launcher!.x).toBeLessThan(100);
    expect(close!.x).toBeLessThan(title!.x);
    expect(errors).toEqual([]);
  });
});

describe('in Korean', () => {
  it('breaks lines between words, never inside one', async () => {
    harness.server.page('/ko.html', scriptPage('data-open="true"', { lang: 'ko' }));
    const { page } = await harness.open('/ko.html', PHONE);
    await page.evaluate(() => window.FaqChat!.ready);
    const breaks = await page.evaluate(
      () => getComputedStyle(document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('.log p')!).wordBreak,
    );
    expect(breaks).toBe('keep-all');
  });
});

describe('colours', () => {
  it('outlines the question chips at 3:1 against the panel, even with a light accent', async () => {
    harness.server.page('/yellow.html', scriptPage('data-accent="#ffd400" data-open="true"'));
    const { page } = await harness.open('/yellow.html');
    await page.evaluate(() => window.FaqChat!.ready);
    const ratio = await page.evaluate(`(() => {
      const root = document.querySelector('[data-faq-chat]').shadowRoot;
      const chip = getComputedStyle(root.querySelector('.chip'));
      return (${CONTRAST})(chip.borderTopColor, getComputedStyle(root.querySelector('.panel')).backgroundColor);
    })()`);
    expect(ratio).toBeGreaterThanOrEqual(3);
  });

  it('keeps the bubbles, cards and send button outlined under forced colors', async () => {
    harness.server.page('/forced-panel.html', scriptPage());
    const { page } = await harness.open('/forced-panel.html', { forcedColors: 'active' });
    await page.evaluate(() => window.FaqChat!.ask('When did ICLEI start?'));
    await page.evaluate(() => window.FaqChat!.open());
    await page.getByRole('article').waitFor();
    const borders = await page.evaluate(() => {
      const root = document.querySelector('[data-faq-chat]')!.shadowRoot!;
      return ['.you', '.card', '.send'].map((selector) => getComputedStyle(root.querySelector(selector)!).borderTopStyle);
    });
    expect(borders).toEqual(['solid', 'solid', 'solid']);
  });
});
