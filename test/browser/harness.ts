// What every browser test needs: dist/ served on a local port, one Chromium, and pages that
// record every console error and uncaught exception.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findBrowser } from '../../scripts/harness/findBrowser';
import { serve, type TestServer } from '../../scripts/harness/server';

/** A page with nothing but the script tag, and any attributes on it. */
export function scriptPage(attributes = '', { lang = 'en', head = '', body = '' } = {}): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>${head}</head>` +
    `<body>${body}<script src="/faq-chat.js" ${attributes}></script></body></html>`
  );
}

/**
 * Waits until the page has drawn what it was asked to and every animation and transition on
 * it, the widget's included, has ended: axe reads colours as they are drawn, and a panel
 * in its opening fade has too little contrast. Endless animations are not waited for.
 */
export async function animationsEnded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const roots: DocumentOrShadowRoot[] = [document];
    for (const host of document.querySelectorAll('[data-faq-chat]')) if (host.shadowRoot) roots.push(host.shadowRoot);
    const running = roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    await Promise.all(running.map((animation) => animation.finished.catch(() => {})));
  });
}

export interface Harness {
  server: TestServer;
  /** The server under a host name of its own: a plain-http site, no secure context as 127.0.0.1 is. */
  insecureUrl: string;
  browser: Browser;
  /**
   * Opens a path of the server, or a whole URL, in a new context; `errors` collects console
   * errors and uncaught exceptions.
   */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; errors: string[] }>;
}

const INSECURE_HOST = 'city.test';

/** Starts the server and the browser before the file's tests, and stops them after. */
export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    if (!existsSync('dist/faq-chat.js')) throw new Error('dist/faq-chat.js is missing: run "npm run build" before the browser tests.');
    const { path, args } = await findBrowser();
    harness.browser = await chromium.launch({
      executablePath: path,
      args: [...args, `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`],
    });
    harness.server = await serve('dist');
    harness.insecureUrl = harness.server.url.replace('127.0.0.1', INSECURE_HOST);
    harness.open = async (path, options = {}) => {
      const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(path.startsWith('http') ? path : harness.server.url + path);
      return { page, errors };
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
