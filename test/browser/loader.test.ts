// The loader: a page view costs a button, and the rest comes on intent (README, "Performance").
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();
const launcher = '[data-faq-chat] .launcher';
const APP = `/${readdirSync('dist').find((file) => file.startsWith('faq-chat.app-'))}`;

// What the server was asked for from now on, without the browser's favicon.
function requestsFrom(start: number): string[] {
  return harness.server.requests.slice(start).filter((path) => path !== '/favicon.ico');
}

describe('before intent', () => {
  it('requests nothing beyond the loader and runs no more than its launcher', async () => {
    harness.server.page('/idle.html', scriptPage());
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open('/idle.html');
    await page.waitForTimeout(1500);
    expect(requestsFrom(start)).toEqual(['/idle.html', '/faq-chat.js']);
    expect(await page.locator(launcher).getAttribute('aria-label')).toBe('Open questions and answers');
    expect(await page.locator('[data-faq-chat] [role="dialog"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("names the launcher in the page's language", async () => {
    harness.server.page('/idle-ko.html', scriptPage('', { lang: 'ko-KR' }));
    const { page } = await harness.open('/idle-ko.html');
    expect(await page.locator(launcher).getAttribute('aria-label')).toBe('자주 묻는 질문 열기');
    expect(await page.locator('[data-faq-chat]').getAttribute('lang')).toBe('ko');
  });

  it('is removed whole by destroy(), having loaded nothing', async () => {
    harness.server.page('/idle-destroy.html', scriptPage());
    const start = harness.server.requests.length;
    const { page } = await harness.open('/idle-destroy.html');
    expect(
      await page.evaluate(() => {
        window.FaqChat!.destroy();
        return { global: 'FaqChat' in window, hosts: document.querySelectorAll('[data-faq-chat]').length };
      }),
    ).toEqual({ global: false, hosts: 0 });
    await page.waitForTimeout(500);
    expect(requestsFrom(start)).toEqual(['/idle-destroy.html', '/faq-chat.js']);
  });
});

describe('intent', () => {
  it.each([
    ['the pointer over the launcher', (page: import('playwright-core').Page) => page.hover(launcher)],
    ['focus on the launcher', (page: import('playwright-core').Page) => page.keyboard.press('Tab')],
    ['a touch on the launcher', (page: import('playwright-core').Page) => page.locator(launcher).dispatchEvent('touchstart')],
  ])('starts loading on %s, and the click then finds the panel ready', async (_, act) => {
    harness.server.page('/intent.html', scriptPage());
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open('/intent.html');
    await act(page);
    // The data comes beside the app's file (see "on a slow network" below).
    await expect
      .poll(() => requestsFrom(start).sort())
      .toEqual(['/faq-chat.js', APP, '/faq-data/en.json', '/faq-data/index.json', '/intent.html'].sort());
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.locator(launcher).getAttribute('aria-expanded')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('answers calls made before the rest arrived, in order, with events registered before', async () => {
    harness.server.page('/queue.js', {
      type: 'text/javascript',
      body: `window.__seen = [];
        for (const name of ['ready', 'open', 'question']) FaqChat.on(name, (detail) => __seen.push(name));
        window.__results = Promise.all([FaqChat.search('When did ICLEI start?'), FaqChat.ask('Where is the headquarters?')]);
        FaqChat.open();`,
    });
    harness.server.page('/queue.html', scriptPage().replace('</body>', '<script src="/queue.js"></script></body>'));
    const { page, errors } = await harness.open('/queue.html');
    const results = await page.evaluate(() => (window as any).__results);
    expect(results.map((result: any) => result.best?.id)).toEqual(['founded', 'headquarters']);
    // The panel opens as soon as the rest is there; the answers wait for the data.
    expect(await page.evaluate(() => (window as any).__seen)).toEqual(['open', 'ready', 'question']);
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.getByRole('article').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('opens the panel again on the next page when it was left open', async () => {
    harness.server.page('/stay-1.html', scriptPage());
    harness.server.page('/stay-2.html', scriptPage());
    const { page } = await harness.open('/stay-1.html');
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.goto(`${harness.server.url}/stay-2.html`);
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.goto(`${harness.server.url}/stay-1.html`);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-faq-chat] [role="dialog"]').count()).toBe(0);
  });
});

describe('on a slow network', () => {
  // The app's file is held back until the test lets it go, as a slow network would.
  function holdApp(): () => void {
    let release = () => {};
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    harness.server.page(APP, { body: readFileSync(`dist${APP}`), type: 'text/javascript', until });
    return () => {
      release();
      harness.server.unpage(APP);
    };
  }

  it('answers a tap at once: the launcher is busy, and a ring turns around it', async () => {
    harness.server.page('/slow-tap.html', scriptPage());
    const release = holdApp();
    try {
      const { page, errors } = await harness.open('/slow-tap.html');
      await page.locator(launcher).click();
      expect(await page.locator(launcher).getAttribute('aria-busy')).toBe('true');
      expect(await page.locator(launcher).evaluate((button) => getComputedStyle(button, '::after').borderTopColor)).not.toBe(
        'rgba(0, 0, 0, 0)',
      );
      release();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await page.locator(launcher).getAttribute('aria-busy')).toBe(null);
      expect(errors).toEqual([]);
    } finally {
      release();
    }
  });

  it('leaves the panel open after a second tap while the rest comes', async () => {
    harness.server.page('/slow-taps.html', scriptPage());
    const release = holdApp();
    try {
      const { page, errors } = await harness.open('/slow-taps.html');
      await page.locator(launcher).click();
      await page.locator(launcher).click();
      release();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      await page.evaluate(() => window.FaqChat!.ready);
      expect(await page.getByRole('dialog').isVisible()).toBe(true);
      expect(await page.locator(launcher).getAttribute('aria-expanded')).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      release();
    }
  });

  it("fetches the manifest and the visitor's locale file beside the app's file, not after it, and each once", async () => {
    harness.server.page('/slow-data.html', scriptPage('', { lang: 'es' }));
    const release = holdApp();
    try {
      const start = harness.server.requests.length;
      const { page, errors } = await harness.open('/slow-data.html');
      await page.locator(launcher).click();
      // The app's file is still on its way while the data is asked for.
      await expect.poll(() => requestsFrom(start)).toEqual(expect.arrayContaining([APP, '/faq-data/index.json', '/faq-data/es.json']));
      expect(await page.getByRole('dialog').count()).toBe(0);
      release();
      await page.evaluate(() => window.FaqChat!.ready);
      expect((await page.evaluate(() => window.FaqChat!.search('¿Cuándo se fundó ICLEI?'))).best?.id).toBe('founded');
      const data = requestsFrom(start).filter((path) => path.startsWith('/faq-data/'));
      expect(data.sort()).toEqual(['/faq-data/es.json', '/faq-data/index.json']);
      expect(errors).toEqual([]);
    } finally {
      release();
    }
  });

  it('asks early for no locale file the manifest does not list', async () => {
    const manifest = { version: 1, defaultLocale: 'xx', locales: { en: 'English' } };
    harness.server.page('/early/index.json', { body: JSON.stringify(manifest), type: 'application/json' });
    harness.server.page('/early.html', scriptPage('data-faq-src="/early/"', { lang: 'fr' }));
    const start = harness.server.requests.length;
    const { page } = await harness.open('/early.html', { locale: 'fr-FR' });
    await page.locator(launcher).click();
    await page.evaluate(() => window.FaqChat!.ready);
    expect(requestsFrom(start)).toContain('/early/index.json');
    expect(requestsFrom(start)).not.toContain('/early/xx.json');
  });
});

describe('when the rest cannot load', () => {
  it('says so beside the launcher, reports an error, and retries on request', async () => {
    harness.server.page('/broken.html', scriptPage());
    harness.server.page(APP, { body: 'not found', type: 'text/plain', status: 404 });
    const { page } = await harness.open('/broken.html');
    const seen = page.evaluate(() => new Promise((resolve) => window.FaqChat!.on('error', (detail) => resolve(detail.message))));
    await page.locator(launcher).click();
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('cannot be loaded right now');
    expect(await seen).toContain(APP);
    // ready settles and search answers "none", never a rejection.
    expect(await page.evaluate(() => window.FaqChat!.ready.then(() => 'settled'))).toBe('settled');
    expect(await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).toMatchObject({
      reply: 'none',
      best: null,
      matches: [],
    });
    harness.server.unpage(APP);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('says so when a Content-Security-Policy allows the loader alone', async () => {
    // A source with a path allows that one file.
    harness.server.page('/loader-only.html', {
      body: scriptPage(),
      headers: { 'content-security-policy': `script-src ${harness.server.url}/faq-chat.js` },
    });
    const { page } = await harness.open('/loader-only.html');
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('cannot be loaded right now');
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });
});

describe('Subresource Integrity', () => {
  const cdnPage = (integrity: string) =>
    scriptPage(`integrity="${integrity}" crossorigin="anonymous"`).replace(
      '/faq-chat.js',
      `${harness.server.url.replace('127.0.0.1', 'localhost')}/faq-chat.js`,
    );

  it('pins the files it loads when the page pins the loader, from a CDN with CORS', async () => {
    const integrity = `sha384-${createHash('sha384').update(readFileSync('dist/faq-chat.js')).digest('base64')}`;
    harness.server.page('/sri.html', cdnPage(integrity));
    const { page, errors } = await harness.open('/sri.html');
    const pinned = page.waitForEvent('request', (request) => request.url().endsWith(APP));
    const result = await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'));
    expect(result.best?.id).toBe('founded');
    // A script element with the hash, fetched with CORS as integrity checks need.
    expect(await (await pinned).allHeaders()).toMatchObject({ 'sec-fetch-dest': 'script', 'sec-fetch-mode': 'cors' });
    expect(errors).toEqual([]);
  });

  it('refuses a file that is not the one the loader was built with', async () => {
    const integrity = `sha384-${createHash('sha384').update(readFileSync('dist/faq-chat.js')).digest('base64')}`;
    harness.server.page('/sri-tampered.html', cdnPage(integrity));
    harness.server.page(APP, {
      body: `${readFileSync(`dist${APP}`, 'utf8')}\n// changed`,
      type: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
    });
    try {
      const { page } = await harness.open('/sri-tampered.html');
      expect(await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).toMatchObject({ best: null });
      await page.locator(launcher).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('cannot be loaded right now');
    } finally {
      harness.server.unpage(APP);
    }
  });
});

describe('one widget, and only ours', () => {
  it('starts on a page with an element whose id is FaqChat', async () => {
    harness.server.page('/id.html', scriptPage('', { body: '<div id="FaqChat">The page\'s own element</div>' }));
    const { page, errors } = await harness.open('/id.html');
    expect(await page.locator('[data-faq-chat]').count()).toBe(1);
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    expect(errors).toEqual([]);
  });

  it('starts on a page with a frame named FaqChat from another origin', async () => {
    // window.FaqChat is then the frame's WindowProxy, on which every property throws.
    harness.server.page('/frame.html', '<!doctype html><title>Frame</title>');
    harness.server.page('/named-frame.html', '<!doctype html><html lang="en"><head><title>Framed</title></head><body></body></html>');
    const { page, errors } = await harness.open('/named-frame.html');
    await page.evaluate(async (src) => {
      const frame = document.createElement('iframe');
      frame.name = 'FaqChat';
      await new Promise((resolve) => {
        frame.onload = resolve;
        frame.src = src;
        document.body.append(frame);
      });
      const script = document.createElement('script');
      script.src = '/faq-chat.js';
      await new Promise((resolve) => {
        script.onload = resolve;
        document.body.append(script);
      });
    }, `${harness.insecureUrl}/frame.html`);
    expect(await page.locator('[data-faq-chat]').count()).toBe(1);
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    expect(errors).toEqual([]);
  });

  it('comes back when a page swaps its body and runs the script again (Turbo, pjax), and an old handle leaves it alone', async () => {
    harness.server.page('/turbo.html', scriptPage());
    const { page, errors } = await harness.open('/turbo.html');
    const after = await page.evaluate(async () => {
      const old = window.FaqChat!;
      document.body = document.createElement('body');
      const script = document.createElement('script');
      script.src = '/faq-chat.js';
      await new Promise((resolve) => {
        script.onload = resolve;
        document.body.append(script);
      });
      const fresh = window.FaqChat!;
      old.destroy();
      return { same: fresh === old, hosts: document.querySelectorAll('[data-faq-chat]').length, global: window.FaqChat === fresh };
    });
    expect(after).toEqual({ same: false, hosts: 1, global: true });
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    expect(errors).toEqual([]);
  });
  it('comes back whole when a page swaps its body after the rest has loaded (Turbo, pjax)', async () => {
    // import() of the rest's file, already run, resolves without running it again.
    harness.server.page('/turbo-loaded.html', scriptPage());
    const { page, errors } = await harness.open('/turbo-loaded.html');
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.evaluate(() => window.FaqChat!.ready);
    const start = harness.server.requests.length;
    await page.evaluate(async () => {
      document.body = document.createElement('body');
      const script = document.createElement('script');
      script.src = '/faq-chat.js';
      await new Promise((resolve) => {
        script.onload = resolve;
        document.body.append(script);
      });
    });
    // The panel left open comes back, answers, and its launcher closes and opens it again.
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.locator('[data-faq-chat]').count()).toBe(1);
    expect(requestsFrom(start).filter((path) => path.startsWith('/faq-chat.app'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('injected by a tag manager', () => {
  it('finds its own tag by name where there is no currentScript, and takes its settings from window.FaqChatConfig', async () => {
    // As Google Tag Manager leaves it: the script added by another script, currentScript null.
    harness.server.page('/gtm.js', {
      type: 'text/javascript',
      body: `Object.defineProperty(document, 'currentScript', { get: () => null, configurable: true });
        window.FaqChatConfig = { locale: 'es', src: '/faq-data/', suggestions: ['founded'] };
        const tag = document.createElement('script');
        tag.src = '/faq-chat.js';
        document.head.append(tag);`,
    });
    harness.server.page(
      '/gtm.html',
      '<!doctype html><html lang="en"><head><title>GTM</title><script src="/gtm.js"></script></head><body></body></html>',
    );
    const { page, errors } = await harness.open('/gtm.html');
    await page.waitForFunction(() => window.FaqChat !== undefined);
    expect(await page.locator(launcher).getAttribute('aria-label')).toBe('Abrir preguntas y respuestas');
    await page.locator(launcher).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.evaluate(() => window.FaqChat!.ready);
    expect(await page.locator('[data-faq-chat]').getAttribute('lang')).toBe('es');
    // The page's suggestion, not the file's three.
    expect(await page.locator('[data-faq-chat] .log > .bot > .chips button').allTextContents()).toEqual(['¿Cuándo se fundó ICLEI?']);
    expect(errors).toEqual([]);
  });
});

describe('markup injected into the page', () => {
  it.each([["script-src 'nonce-n0nce' 'strict-dynamic'"], ["script-src 'nonce-n0nce'"]])(
    'cannot choose where the loader imports the rest from, under %s',
    async (policy) => {
      // <img name="currentScript"> shadows document.currentScript (Document is
      // [LegacyOverrideBuiltIns]); a second tag named faq-chat.js on another origin then
      // offered the loader its own faq-chat.app-<hash>.js, imported with the loader's trust.
      const evil = harness.insecureUrl;
      harness.server.page(APP.replace('/', '/evil/'), { type: 'text/javascript', body: 'window.__pwned = true;' });
      harness.server.page('/evil/faq-chat.js', { type: 'text/javascript', body: '' });
      harness.server.page('/clobbered.html', {
        headers: { 'content-security-policy': policy },
        body:
          '<!doctype html><html lang="en"><head><title>Clobbered</title></head><body>' +
          '<script nonce="n0nce" src="/faq-chat.js" defer></script>' +
          `<p>A comment</p><img name="currentScript"><script src="${evil}/evil/faq-chat.js"></script></body></html>`,
      });
      const start = harness.server.requests.length;
      const { page } = await harness.open('/clobbered.html');
      await page.waitForFunction(() => window.FaqChat !== undefined);
      const result = await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'));
      expect(result.best?.id).toBe('founded');
      expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
      expect(requestsFrom(start).filter((path) => path.startsWith('/evil/faq-chat.app'))).toEqual([]);
    },
  );
});
