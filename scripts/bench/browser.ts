// The browser half of `npm run bench`: dist/faq-chat.js in a real Chromium, on a page with
// nothing but its script tag, for FAQs of several sizes, with and without a prebuilt index.
import { chromium } from 'playwright-core';
import { sha256 } from '../../src/data/sha256';
import { countEntries } from '../../src/search/FaqIndex';
import { pack } from '../../src/search/prebuilt';
import { findBrowser } from '../../test/browser/findBrowser';
import { serve } from '../../test/browser/server';
import { questions, stackfaqCopies } from './stackfaqCopies';

// Listens for long tasks from the very start, before the widget's script runs.
const OBSERVE = `window.__tasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) __tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

export async function benchBrowser(sizes: number[]): Promise<string[][]> {
  const server = await serve('dist');
  const { path, args } = await findBrowser();
  const browser = await chromium.launch({ executablePath: path, args });
  const rows: string[][] = [];
  server.page('/observe.js', { body: OBSERVE, type: 'text/javascript' });
  for (const size of sizes) {
    const entries = stackfaqCopies(size);
    const text = JSON.stringify({ locale: 'en', entries });
    const prebuilt = JSON.stringify(pack(await countEntries(entries, 'en')));
    for (const withIndex of [false, true]) {
      const base = `/bench-${size}-${withIndex ? 'prebuilt' : 'client'}`;
      const manifest = { version: 1, defaultLocale: 'en', locales: { en: 'English' }, ...(withIndex && { indexes: { en: { file: 'en.index.json', source: await sha256(text) } } }) };
      server.page(`${base}/data/index.json`, { body: JSON.stringify(manifest), type: 'application/json' });
      server.page(`${base}/data/en.json`, { body: text, type: 'application/json' });
      server.page(`${base}/data/en.index.json`, { body: prebuilt, type: 'application/json' });
      server.page(
        `${base}/page.html`,
        `<!doctype html><html lang="en"><head><title>bench</title><script src="/observe.js"></script></head><body><script src="/faq-chat.js" data-faq-src="data"></script></body></html>`,
      );
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${server.url}${base}/page.html`);
      const ready = await page.evaluate(() => window.FaqChat!.ready.then(() => performance.now()));
      const tasks = (await page.evaluate(() => (window as any).__tasks)) as [number, number][];
      const startup = tasks.filter(([start]) => start < ready);
      const longest = Math.max(0, ...startup.map(([, duration]) => duration));
      const blocking = startup.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      const times = (await page.evaluate(async (asked) => {
        const times: number[] = [];
        for (const question of asked) {
          const start = performance.now();
          await window.FaqChat!.search(question);
          times.push(performance.now() - start);
        }
        return times;
      }, questions.slice(0, 200))).sort((a, b) => a - b);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      rows.push([
        String(size),
        withIndex ? 'prebuilt' : 'on the client',
        ready.toFixed(0),
        longest.toFixed(0),
        blocking.toFixed(0),
        times[Math.floor(0.95 * times.length)].toFixed(2),
        (usedSize / 2 ** 20).toFixed(1),
      ]);
      await page.close();
    }
  }
  await browser.close();
  await server.close();
  return rows;
}
