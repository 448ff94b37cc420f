// The slow-network half of `npm run bench`: a visitor on a phone taps the launcher of a
// page whose widget has loaded nothing yet, over DevTools' "Slow 3G" and "Fast 3G", with the
// CPU slowed 4× as on a mid-range phone and the files compressed as a real host sends them.
// Timed in the page from the tap: the first visible response (the launcher busy, or the
// panel), the greeting with its suggested questions, and the first answer to a question
// asked as soon as the question box is there.
import { chromium } from 'playwright-core';
import { findBrowser } from '../harness/findBrowser';
import { serve } from '../harness/server';

const TAPS = 5;
// Another build may be measured the same way, such as an older one for comparison.
const DIST = process.env.BENCH_DIST ?? 'dist';

// Chrome DevTools' presets: latency per request, and bytes per second each way.
const PROFILES = [
  { name: 'Slow 3G', latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  { name: 'Fast 3G', latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
];

// Watches the widget from the tap on, one look per frame, and asks as soon as it can. Plain
// JavaScript, since it runs in the page as it is written.
const WATCH = `(question) => {
  const root = document.querySelector('[data-faq-chat]').shadowRoot;
  const times = (window.__times = {});
  const look = () => {
    const now = performance.now() - times.tap;
    if (times.visible === undefined && (root.querySelector('.launcher[aria-busy="true"]') || root.querySelector('[role="dialog"]')))
      times.visible = now;
    if (times.greeting === undefined && root.querySelector('.log > .bot:first-child .chips button')) times.greeting = now;
    if (times.asked === undefined && root.querySelector('#faq-question')) {
      times.asked = now;
      window.FaqChat.ask(question);
    }
    if (root.querySelector('article')) times.answer = now;
    else requestAnimationFrame(look);
  };
  addEventListener('pointerdown', () => ((times.tap = performance.now()), look()), { capture: true, once: true });
}`;

interface Tap {
  visible: number;
  greeting: number;
  answer: number;
}

/** One row per network profile: the median of TAPS taps, each on a fresh page with an empty cache. */
export async function benchSlowNetwork(): Promise<string[][]> {
  const server = await serve(DIST, { gzip: true });
  server.page(
    '/tap.html',
    '<!doctype html><html lang="en"><head><title>tap</title></head><body><script src="/faq-chat.js"></script></body></html>',
  );
  const { path, args } = await findBrowser();
  const browser = await chromium.launch({ executablePath: path, args });
  const rows: string[][] = [];
  for (const profile of PROFILES) {
    const taps: Tap[] = [];
    for (let run = 0; run < TAPS; run++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/tap.html`);
      await page.locator('[data-faq-chat] .launcher').waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluate(`(${WATCH})('When did ICLEI start?')`);
      await page.tap('[data-faq-chat] .launcher');
      await page.waitForFunction(() => (window as { __times?: { answer?: number } }).__times?.answer !== undefined, null, {
        timeout: 60_000,
        polling: 100,
      });
      taps.push(await page.evaluate(() => (window as unknown as { __times: Tap }).__times));
      await context.close();
    }
    const median = (key: keyof Tap) => taps.map((tap) => tap[key]).sort((a, b) => a - b)[Math.floor(TAPS / 2)];
    rows.push([profile.name, String(TAPS), median('visible').toFixed(0), median('greeting').toFixed(0), median('answer').toFixed(0)]);
  }
  await browser.close();
  await server.close();
  return rows;
}
