// What a city's web team controls and what its visitors keep: theming, motion, locales,
// the stored conversation, deep links.
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { animationsEnded, scriptPage, useHarness } from './harness';

const harness = useHarness();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const QUESTIONS: Record<string, string> = {
  en: 'where is the headquarters',
  es: 'donde esta la sede de iclei',
  fr: 'ou se trouve le siege de l iclei',
  pt: 'onde fica a sede do iclei',
  ko: '이클레이 본부는 어디에 있나요',
  ja: 'イクレイの本部はどこ',
  zh: '宜可城总部在哪里',
};
const shadow = (selector: string) => `document.querySelector('[data-faq-chat]').shadowRoot.querySelector('${selector}')`;

describe('accessibility in every locale and scheme', () => {
  it.each([
    ['light', 'desktop', ''],
    ['dark', 'desktop', ''],
    ['light', 'phone', 'data-accent="#ffd400"'],
    ['dark', 'phone', ''],
  ] as const)('has no axe violations with an answer shown in each locale, %s, %s %s', async (colorScheme, device, attributes) => {
    harness.server.page(`/locales-${device}.html`, scriptPage(attributes));
    const viewport = device === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 };
    const { page } = await harness.open(`/locales-${device}.html`, { colorScheme, viewport });
    await page.addScriptTag({ content: axe.source });
    for (const [locale, question] of Object.entries(QUESTIONS)) {
      await page.evaluate((locale) => window.FaqChat!.setLocale(locale), locale);
      const result = await page.evaluate((question) => window.FaqChat!.ask(question), question);
      expect(result.best?.id, locale).toBe('headquarters');
      await page.evaluate(() => window.FaqChat!.open());
      await animationsEnded(page);
      const found = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      expect(found.violations.map((v) => `${locale}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.locator('[data-faq-chat]').getAttribute('lang')).toBe(locale);
    }
  });

  it.each(['#ffd400', '#111111', 'hotpink', 'rgb(0 120 255)', '#777', 'oklch(70% 0.2 150)'])(
    'keeps AA contrast with data-accent="%s"',
    async (accent) => {
      harness.server.page('/accent.html', scriptPage(`data-accent="${accent}" data-open="true"`));
      const { page } = await harness.open('/accent.html');
      await page.evaluate(() => window.FaqChat!.ask('where is the headquarters'));
      await page.addScriptTag({ content: axe.source });
      await animationsEnded(page);
      const found = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }));
      expect(found.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
    },
  );

  it('shows a visible focus ring', async () => {
    harness.server.page('/focus.html', scriptPage('', { body: '<a href="#">Page link</a>' }));
    const { page } = await harness.open('/focus.html');
    await page.evaluate(() => window.FaqChat!.ready);
    await page.getByRole('link', { name: 'Page link' }).focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(
      `(() => { const s = getComputedStyle(${shadow('.launcher')}); return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()`,
    );
    expect(ring).toEqual(['solid', 3]);
  });

  it('honours prefers-reduced-motion', async () => {
    harness.server.page('/motion.html', scriptPage('data-open="true"'));
    const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await harness.open('/motion.html', { reducedMotion });
      await page.evaluate(() => window.FaqChat!.ready);
      return page.evaluate(`getComputedStyle(${shadow('.panel')}).animationName`);
    };
    expect(await animation('no-preference')).toBe('rise');
    expect(await animation('reduce')).toBe('none');
  });

  it('keeps the launcher outlined under forced colors (Windows contrast themes), which drop its background', async () => {
    harness.server.page('/forced.html', scriptPage());
    const border = async (forcedColors: 'active' | 'none') => {
      const { page } = await harness.open('/forced.html', { forcedColors });
      await page.evaluate(() => window.FaqChat!.ready);
      return page.evaluate(
        '(({ borderTopWidth, borderTopStyle, borderTopColor }) => ({ borderTopWidth, borderTopStyle, borderTopColor }))' +
          `(getComputedStyle(${shadow('.launcher')}))`,
      );
    };
    // Without forced colors the border is there but unseen; with them it takes the text colour.
    expect(await border('none')).toEqual({ borderTopWidth: '2px', borderTopStyle: 'solid', borderTopColor: 'rgba(0, 0, 0, 0)' });
    expect(await border('active')).toMatchObject({
      borderTopWidth: '2px',
      borderTopStyle: 'solid',
      borderTopColor: expect.not.stringMatching(/rgba\(0, 0, 0, 0\)/),
    });
  });
});

describe('theming', () => {
  it('draws its text in the widget font, not the browser default serif, and follows --faq-font', async () => {
    harness.server.page('/font.html', scriptPage('data-open="true"', { head: '<style>body { font-family: serif; }</style>' }));
    const font = async (path: string) => {
      const { page } = await harness.open(path);
      await page.evaluate(() => window.FaqChat!.ready);
      return page.evaluate(`[getComputedStyle(${shadow('.log p')}).fontFamily, getComputedStyle(${shadow('.log p')}).fontSize]`);
    };
    const [family, size] = (await font('/font.html')) as [string, string];
    expect(family).toMatch(/^system-ui,/);
    expect(size).toBe('15px');
    harness.server.page(
      '/font-custom.html',
      scriptPage('data-open="true"', { head: '<style>:root { --faq-font: Georgia, monospace; }</style>' }),
    );
    expect(((await font('/font-custom.html')) as string[])[0]).toBe('Georgia, monospace');
  });

  it('moves and stacks the widget by the --faq-* custom properties', async () => {
    harness.server.page('/offset.css', {
      body: ':root { --faq-offset-x: 100px; --faq-offset-y: 90px; --faq-z-index: 7; }',
      type: 'text/css',
    });
    harness.server.page('/offset.html', scriptPage('', { head: '<link rel="stylesheet" href="/offset.css">' }));
    const { page } = await harness.open('/offset.html', { viewport: { width: 1000, height: 700 } });
    await page.evaluate(() => window.FaqChat!.ready);
    const box = await page.locator('[data-faq-chat] .launcher').boundingBox();
    expect(box!.x + box!.width).toBe(900);
    expect(box!.y + box!.height).toBe(610);
    expect(await page.evaluate(`getComputedStyle(${shadow('.launcher')}).zIndex`)).toBe('7');
  });
});

describe('the stored conversation', () => {
  it('follows the visitor to another page of the site, and only after they act', async () => {
    harness.server.page('/one.html', scriptPage());
    harness.server.page('/two.html', scriptPage());
    const { page } = await harness.open('/one.html');
    await page.evaluate(() => window.FaqChat!.ask('When did ICLEI start?'));
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.locator('[data-faq-chat] .launcher').click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('where is the headquarters');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    // The panel was left open: it opens again on the next page, with the conversation.
    await page.goto(`${harness.server.url}/two.html`);
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page.getByRole('button', { name: 'Clear the conversation' }).click();
    expect(await page.getByRole('article').count()).toBe(0);
    await page.reload();
    await page.evaluate(() => window.FaqChat!.ready);
    await page.evaluate(() => window.FaqChat!.open());
    expect(await page.getByRole('article').count()).toBe(0);
  });

  it('stores nothing with data-persist="none", and works when storage is blocked', async () => {
    harness.server.page('/none.html', scriptPage('data-persist="none"'));
    const { page } = await harness.open('/none.html');
    await page.evaluate(() => window.FaqChat!.ready);
    await page.locator('[data-faq-chat] .launcher').click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('where is the headquarters');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    harness.server.page('/blocked.js', {
      type: 'text/javascript',
      body:
        "Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); }; " +
        'Storage.prototype.getItem = Storage.prototype.setItem;',
    });
    harness.server.page('/blocked.html', scriptPage('', { head: '<script src="/blocked.js"></script>' }));
    const blocked = await harness.open('/blocked.html');
    await blocked.page.evaluate(() => window.FaqChat!.ready);
    await blocked.page.locator('[data-faq-chat] .launcher').click();
    await blocked.page.getByRole('textbox', { name: 'Your question' }).fill('where is the headquarters');
    await blocked.page.keyboard.press('Enter');
    await expect.poll(() => blocked.page.getByRole('article').count()).toBe(1);
    expect(blocked.errors).toEqual([]);
  });
});

describe('deep links', () => {
  it('opens the panel on the answer that #faq=<id> names, without storing anything', async () => {
    harness.server.page('/linked.html', scriptPage());
    const { page } = await harness.open('/linked.html#faq=founded');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(await page.getByRole('article').getByRole('heading', { level: 3 }).textContent()).toContain('When was ICLEI founded?');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.evaluate(() => (location.hash = '#faq=headquarters'));
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
  });

  it('is followed once: a reload opens nothing again, and the rest of the fragment stays', async () => {
    harness.server.page('/once.html', scriptPage());
    const { page } = await harness.open('/once.html#top&faq=founded');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#top');
    await page.reload();
    // Once the rest has arrived and served its data, a link it had followed would have opened the panel.
    await page.evaluate(() => window.FaqChat!.ready);
    await animationsEnded(page);
    expect(await page.locator('[data-faq-chat] [role="dialog"]').count()).toBe(0);
  });

  it('copies a link to an answer that opens it again', async () => {
    harness.server.page('/copy.html', scriptPage());
    const { page } = await harness.open('/copy.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => window.FaqChat!.ask('where is the headquarters'));
    await page.evaluate(() => window.FaqChat!.open());
    await page.getByRole('button', { name: 'Copy a link to this answer' }).click();
    await expect.poll(() => page.getByText('Link copied.').count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${harness.server.url}/copy.html#faq=headquarters`);
  });

  it('shows the link to copy by hand on a plain-http site, which has no clipboard', async () => {
    const { page, errors } = await harness.open(`${harness.insecureUrl}/copy.html`);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.evaluate(() => window.FaqChat!.ask('where is the headquarters'));
    await page.evaluate(() => window.FaqChat!.open());
    await page.getByRole('button', { name: 'Copy a link to this answer' }).click();
    // In a field, focused and selected for Ctrl+C or a long press, in text that phones do
    // not zoom in on, and no wider than the answer, however long the link.
    const field = page.getByRole('textbox', { name: 'Copy a link to this answer' });
    await expect.poll(() => field.inputValue()).toBe(`${harness.insecureUrl}/copy.html#faq=headquarters`);
    const shown = await field.evaluate((input: HTMLInputElement) => ({
      focused: input.getRootNode() instanceof ShadowRoot && (input.getRootNode() as ShadowRoot).activeElement === input,
      selected: input.selectionStart === 0 && input.selectionEnd === input.value.length,
      fontSize: getComputedStyle(input).fontSize,
      within: input.getBoundingClientRect().right <= input.closest('article')!.getBoundingClientRect().right,
    }));
    expect(shown).toEqual({ focused: true, selected: true, fontSize: '16px', within: true });
    expect(errors).toEqual([]);
  });
});
