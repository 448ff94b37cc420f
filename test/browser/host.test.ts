// The widget on the host page: what it adds, what it asks for, and what it needs.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();

describe('on the host page', () => {
  it('adds only window.FaqChat, sets no cookie and requests only the files the manifest names', async () => {
    harness.server.page('/quiet.html', scriptPage('', { head: '<script src="/globals.js"></script>' }));
    harness.server.page('/globals.js', { body: 'window.__before = Object.keys(window);', type: 'text/javascript' });
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open('/quiet.html');
    await page.evaluate(() => window.FaqChat!.ask('When did ICLEI start?'));
    const added = await page.evaluate(() =>
      Object.keys(window).filter((key) => !(window as any).__before.includes(key) && key !== '__before'),
    );
    expect(added).toEqual(['FaqChat']);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const requested = harness.server.requests.slice(start).filter((path) => path !== '/favicon.ico');
    const app = `/${readdirSync('dist').find((file) => file.startsWith('faq-chat.app-'))}`;
    // The loader asks for the app and the manifest together, so those two arrive in either order;
    // the locale file waits for the manifest that names it.
    expect(requested.slice(0, 3)).toEqual(['/quiet.html', '/globals.js', '/faq-chat.js']);
    expect(requested.slice(3).sort()).toEqual([app, '/faq-data/en.json', '/faq-data/index.json'].sort());
    expect(requested.indexOf('/faq-data/en.json')).toBeGreaterThan(requested.indexOf('/faq-data/index.json'));
    expect(errors).toEqual([]);
  });

  it('works under a strict Content-Security-Policy with Trusted Types, styled and answering, with no violation', async () => {
    harness.server.page('/csp.html', {
      body: scriptPage('', { head: '<script src="/csp-listener.js"></script>' }),
      headers: {
        'content-security-policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
      },
    });
    harness.server.page('/csp-listener.js', {
      body:
        'window.__violations = []; ' +
        "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
      type: 'text/javascript',
    });
    const { page } = await harness.open('/csp.html');
    const result = await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'));
    expect(result.best?.id).toBe('founded');
    await page.locator('[data-faq-chat] button').first().click();
    const launcher = await page.evaluate(() => {
      const button = document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelector('button')!;
      return { position: getComputedStyle(button).position, radius: getComputedStyle(button).borderRadius };
    });
    expect(launcher).toEqual({ position: 'fixed', radius: '50%' });
    // An answer with a link, drawn in the panel.
    await page.evaluate(() => window.FaqChat!.ask('How can my city join?'));
    await expect.poll(() => page.locator('[data-faq-chat] article a').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  });

  it('fills a phone screen and keeps focus inside the open panel', async () => {
    harness.server.page('/phone.html', scriptPage('', { body: '<a href="#">Page link</a>' }));
    const { page } = await harness.open('/phone.html', { viewport: { width: 360, height: 640 } });
    await page.evaluate(() => window.FaqChat!.ready);
    await page.locator('[data-faq-chat] button').first().click();
    // Polled: the panel rises into place.
    await expect.poll(() => page.getByRole('dialog').boundingBox()).toEqual({ x: 0, y: 0, width: 360, height: 640 });
    const input = await page.getByRole('textbox').boundingBox();
    expect(input!.y + input!.height).toBeLessThanOrEqual(640);
    const inside = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 2 ? 'Tab' : 'Shift+Tab');
      await page.keyboard.press('Tab');
      inside.push(await page.evaluate(() => Boolean(document.activeElement?.shadowRoot?.activeElement?.closest('[role="dialog"]'))));
    }
    expect(inside.every(Boolean)).toBe(true);
  });
});
