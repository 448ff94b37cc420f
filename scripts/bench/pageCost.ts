// The page-cost half of `npm run bench`: what the widget costs a page view whose visitor
// never touches it, beside the same city page without it and with a bare launcher (the
// floor), at CPU 1× and slowed 4× as on a mid-range phone; then what a visitor who does
// touch it waits, from the click to the first answer. Loads of the three pages alternate,
// so that the machine's noise falls on all of them alike.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sha256 } from '../../src/data/sha256';
import { findBrowser } from '../harness/findBrowser';
import { serve, type TestServer } from '../harness/server';
import { prebuiltFiles, stackfaqCopies } from './stackfaqCopies';

const LOADS = 11;
const CLICKS = 5;
// Another build may be measured the same way, such as an older one for comparison.
const DIST = process.env.BENCH_DIST ?? 'dist';

// A launcher button in a shadow root and nothing more: what any widget must cost at least.
const FLOOR = `(() => {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('button { position: fixed; inset: auto 20px 20px auto; width: 56px; height: 56px; border-radius: 50%; }');
  shadow.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.setAttribute('aria-label', 'Open questions and answers');
  shadow.append(button);
  document.body.append(host);
})();`;

// Clicks the launcher, waits for the question box, asks, and waits for the answer in the
// log: the time a visitor waits, measured in the page. `hover` first passes the pointer over
// the launcher and waits 300 ms, as a visitor's hand does on its way to click. Plain
// JavaScript, since it runs in the page as it is written.
const CLICK_TO_ANSWER = `async ({ question, hover }) => {
  const root = document.querySelector('[data-faq-chat]').shadowRoot;
  const launcher = root.querySelector('.launcher');
  const until = (found) => new Promise((resolve) => {
    const look = () => (found() ? resolve() : requestAnimationFrame(look));
    look();
  });
  if (hover) {
    launcher.dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  const start = performance.now();
  launcher.click();
  await until(() => root.activeElement && root.activeElement.id === 'faq-question');
  window.FaqChat.ask(question);
  await until(() => root.querySelector('article'));
  const waited = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { waited, longest: Math.max(0, ...tasks) };
}`;

interface PageView {
  /** Main-thread task time from navigation until the page is idle, ms. */
  taskMs: number;
  /** Requests after the page's own HTML, CSS and script tags. */
  requests: string[];
}

/** The page-cost table and the click-to-answer table, as rows. */
export async function benchPageCost(): Promise<{ views: string[][]; clicks: string[][] }> {
  const server = await serve(DIST);
  const { path, args } = await findBrowser();
  const browser = await chromium.launch({ executablePath: path, args });
  const city = readFileSync(`${DIST}/index.html`, 'utf8');
  const withoutWidget = city.replace(/<script src="faq-chat\.js"[^>]*><\/script>/, '');
  server.page('/without.html', withoutWidget);
  server.page('/floor.js', { body: FLOOR, type: 'text/javascript' });
  server.page('/floor.html', withoutWidget.replace('</body>', '<script src="floor.js" defer></script></body>'));

  const views: string[][] = [];
  for (const cpu of [1, 4]) {
    const measured: Record<string, PageView[]> = { without: [], floor: [], widget: [] };
    for (let run = 0; run < LOADS; run++) {
      for (const name of Object.keys(measured)) {
        measured[name].push(await pageView(browser, server, `/${name === 'widget' ? 'index' : name}.html`, cpu));
      }
    }
    for (const [name, label] of [
      ['without', 'the city page alone'],
      ['floor', 'a bare launcher (the floor)'],
      ['widget', 'the widget'],
    ] as const) {
      const task = median(measured[name].map((view) => view.taskMs));
      // What a page view adds: each load against the page alone loaded just before it, so
      // that the machine's drift falls on both.
      const added = median(measured[name].map((view, run) => view.taskMs - measured.without[run].taskMs));
      const requests = Math.max(...measured[name].map((view) => view.requests.length));
      views.push([`${cpu}×`, label, task.toFixed(0), name === 'without' ? '' : added.toFixed(0), String(requests)]);
    }
  }

  const clicks: string[][] = [];
  const question = 'When did ICLEI start?';
  for (const hover of [false, true])
    clicks.push(await clickToAnswer(browser, `${server.url}/index.html`, '16 (ICLEI en)', question, hover));
  for (const [size, prebuilt] of [
    [1_000, false],
    [10_000, false],
    [10_000, true],
  ] as const) {
    const base = await serveCopies(server, size, prebuilt);
    for (const hover of [false, true]) {
      clicks.push(
        await clickToAnswer(
          browser,
          `${server.url}${base}/page.html`,
          `${size.toLocaleString('en')}${prebuilt ? ', prebuilt index' : ''}`,
          stackfaqCopies(1)[0].question,
          hover,
        ),
      );
    }
  }
  await browser.close();
  await server.close();
  return { views, clicks };
}

// One view of a page: it loads, the page is left alone for a second, and the main thread's
// task time is read from the browser's own counters.
async function pageView(browser: Browser, server: TestServer, path: string, cpu: number): Promise<PageView> {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const start = server.requests.length;
  await tab.goto(server.url + path, { waitUntil: 'load' });
  await tab.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0);
  const own = new Set([path, '/city.css', '/faq-chat.js', '/floor.js', '/favicon.ico']);
  const requests = server.requests.slice(start).filter((request) => !own.has(request));
  await tab.close();
  return { taskMs, requests };
}

async function clickToAnswer(browser: Browser, url: string, label: string, question: string, hover: boolean): Promise<string[]> {
  const runs: { waited: number; longest: number }[] = [];
  for (let run = 0; run < CLICKS; run++) {
    const tab: Page = await browser.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    runs.push(await tab.evaluate(`(${CLICK_TO_ANSWER})(${JSON.stringify({ question, hover })})`));
    await tab.close();
  }
  const waited = median(runs.map((run) => run.waited));
  const longest = Math.max(...runs.map((run) => run.longest));
  return [label, hover ? 'after a 300 ms hover' : 'cold', String(CLICKS), waited.toFixed(0), longest.toFixed(0)];
}

// A city page whose widget answers from `size` StackFAQ entries, with or without the index
// that `npm run faq:build` writes.
async function serveCopies(server: TestServer, size: number, prebuilt: boolean): Promise<string> {
  const entries = stackfaqCopies(size);
  const text = JSON.stringify({ locale: 'en', entries });
  const base = `/cost-${size}-${prebuilt}`;
  const indexes = prebuilt && { indexes: { en: { file: 'en.index.json', source: await sha256(text) } } };
  server.page(`${base}/data/index.json`, {
    body: JSON.stringify({ version: 1, defaultLocale: 'en', locales: { en: 'English' }, ...indexes }),
    type: 'application/json',
  });
  server.page(`${base}/data/en.json`, { body: Buffer.from(text), type: 'application/json' });
  if (prebuilt) {
    for (const [name, body] of await prebuiltFiles(entries)) {
      server.page(`${base}/data/${name}`, { body, type: 'application/json' });
    }
  }
  server.page(
    `${base}/page.html`,
    readFileSync(`${DIST}/index.html`, 'utf8')
      .replace('src="faq-chat.js"', 'src="/faq-chat.js" data-faq-src="data"')
      .replace('href="city.css"', 'href="/city.css"'),
  );
  return base;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
