// City websites are hostile ground: theme CSS with !important everywhere, loaders of every
// kind. The widget must look and behave the same on them as on a plain page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();

// Rules a careless theme might have; they reach the host element, never the shadow root.
const HOSTILE = `
  html { font-size: 30px !important; }
  * { font-family: "Comic Sans MS", cursive !important; font-size: 22px !important; line-height: 3 !important;
      color: red !important; letter-spacing: 2px !important; box-sizing: content-box !important; }
  div { display: block !important; padding: 20px !important; margin: 10px !important; border: 5px solid lime !important;
        transform: translateX(50px) !important; filter: blur(2px) !important; }
  button { background: yellow !important; border-radius: 0 !important; padding: 30px !important; min-width: 200px !important; }
  input { height: 80px !important; border: 10px dashed blue !important; }
`;

async function widgetPictures(page: Page) {
  await page.evaluate(() => window.FaqChat!.ready);
  const launcher = page.locator('[data-faq-chat] .launcher');
  const closed = await launcher.screenshot();
  await launcher.click();
  await page.getByRole('textbox', { name: 'Your question' }).fill('where is the headquarters');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('article').count()).toBe(1);
  // Rests the pointer away from the launcher, so that no hover state differs.
  await page.mouse.move(5, 5);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const dialog = page.getByRole('dialog');
  return {
    closed,
    panel: await dialog.screenshot({ animations: 'disabled' }),
    box: await dialog.boundingBox(),
    font: await page.evaluate(() => {
      const card = document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('article')!;
      const style = getComputedStyle(card);
      return `${style.fontFamily} ${style.fontSize} ${style.lineHeight} ${style.color}`;
    }),
  };
}

describe('on a hostile page', () => {
  it('looks exactly as on a plain page, Bootstrap 5 and !important rules notwithstanding', async () => {
    harness.server.page('/bootstrap.css', {
      body: readFileSync('node_modules/bootstrap/dist/css/bootstrap.min.css', 'utf8'),
      type: 'text/css',
    });
    harness.server.page('/hostile.css', { body: HOSTILE, type: 'text/css' });
    harness.server.page('/plain.html', scriptPage());
    harness.server.page(
      '/hostile.html',
      scriptPage('', { head: '<link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/hostile.css">' }),
    );
    const plain = await widgetPictures((await harness.open('/plain.html')).page);
    const hostile = await widgetPictures((await harness.open('/hostile.html')).page);
    expect(hostile.box).toEqual(plain.box);
    expect(hostile.font).toBe(plain.font);
    expect(hostile.closed.equals(plain.closed), 'the launcher differs').toBe(true);
    expect(hostile.panel.equals(plain.panel), 'the panel differs').toBe(true);
  });

  it("leaves the page's own elements as they were", async () => {
    const body =
      '<h1>Title</h1><p>Text <a href="#x">link</a></p><button>Page button</button><input aria-label="page input"><ul><li>item</li></ul>';
    harness.server.page('/without.html', `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
    harness.server.page('/with.html', scriptPage('', { body }));
    const styles = async (path: string) => {
      const { page } = await harness.open(path);
      await page.evaluate(() => (window as any).FaqChat?.ready);
      return page.evaluate(() =>
        ['h1', 'p', 'a', 'button', 'input', 'ul', 'li', 'body'].map((selector) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return [...style].map((property) => `${property}:${style.getPropertyValue(property)}`).join(';');
        }),
      );
    };
    expect(await styles('/with.html')).toEqual(await styles('/without.html'));
  });

  it.each<[string, { head?: string; body?: string }]>([
    ['in <head>, without defer', { head: '<script src="/faq-chat.js"></script>' }],
    ['with async', { body: '<script src="/faq-chat.js" async></script>' }],
    ['with defer, in <head>', { head: '<script src="/faq-chat.js" defer></script>' }],
  ])('gives one working widget when loaded %s', async (_, parts) => {
    harness.server.page(
      '/loaders.html',
      `<!doctype html><html lang="en"><head><title>t</title>${parts.head ?? ''}</head><body><p>page</p>${parts.body ?? ''}</body></html>`,
    );
    const { page, errors } = await harness.open('/loaders.html');
    await page.waitForFunction(() => window.FaqChat);
    const result = await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'));
    expect(result.best?.id).toBe('founded');
    expect(await page.locator('[data-faq-chat]').count()).toBe(1);
    expect(await page.locator('[data-faq-chat] .launcher').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('removes every node and listener on destroy()', async () => {
    harness.server.page('/destroy.html', scriptPage());
    const { page, errors } = await harness.open('/destroy.html');
    await page.evaluate(() => window.FaqChat!.ready);
    const before = await page.evaluate(() => document.documentElement.outerHTML.replace(/<div data-faq-chat[^>]*><\/div>/, ''));
    await page.evaluate(() => {
      window.FaqChat!.destroy();
      location.hash = '#faq=founded';
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
  });
});
