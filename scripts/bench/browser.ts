// The browser half of `npm run bench`: dist/faq-chat.js in a real Chromium, on a page with
// nothing but its script tag: the ICLEI data as shipped, then FAQs of several sizes with
// and without a prebuilt index.
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { sha256 } from '../../src/data/sha256';
import { findBrowser } from '../harness/findBrowser';
import { serve } from '../harness/server';
import { prebuiltFiles, questions, stackfaqCopies } from './stackfaqCopies';

// Listens for long tasks from the very start, before the widget's script runs. The
// browser hands an observer its entries some time after each task: __tasks() also takes
// those not handed over yet.
const OBSERVE = `const tasks = [], take = (entries) => { for (const e of entries) tasks.push([e.startTime, e.duration]); };
const observer = new PerformanceObserver((list) => take(list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });
window.__tasks = () => (take(observer.takeRecords()), tasks);`;
// Timings vary from load to load: each figure is the median load's, with the worst long
// task and blocking time of all; the small ICLEI FAQ, quick to load, gets more loads.
const ICLEI_LOADS = 15;
const LOADS = 3;

interface Load {
  ready: number;
  /** How long the page takes to fetch the data files alone, without the widget. */
  transfer: number;
  longest: number;
  blocking: number;
  searchP95: number;
  heapMiB: number;
}

const page = (attributes: string) =>
  '<!doctype html><html lang="en"><head><title>bench</title><script src="/observe.js"></script></head>' +
  `<body><script src="/faq-chat.js" ${attributes}></script></body></html>`;

export async function benchBrowser(sizes: number[]): Promise<string[][]> {
  const server = await serve('dist');
  const { path, args } = await findBrowser();
  const browser = await chromium.launch({ executablePath: path, args });
  const rows: string[][] = [];
  server.page('/observe.js', { body: OBSERVE, type: 'text/javascript' });

  server.page('/iclei.html', page(''));
  const asked = JSON.parse(readFileSync('faq-data/tests/en.json', 'utf8')).map((test: { q: string }) => test.q);
  const iclei = await loads(ICLEI_LOADS, () =>
    load(browser, `${server.url}/iclei.html`, asked, ['faq-data/index.json', 'faq-data/en.json']),
  );
  rows.push(row('16 (ICLEI en)', 'on the client', ICLEI_LOADS, iclei));

  for (const size of sizes) {
    const entries = stackfaqCopies(size);
    const text = JSON.stringify({ locale: 'en', entries });
    // Encoded once, as the files of a static server are: not again for every request.
    const file = Buffer.from(text);
    const prebuilt = await prebuiltFiles(entries);
    for (const withIndex of [false, true]) {
      const base = `/bench-${size}-${withIndex ? 'prebuilt' : 'client'}`;
      const manifest = {
        version: 1,
        defaultLocale: 'en',
        locales: { en: 'English' },
        ...(withIndex && { indexes: { en: { file: 'en.index.json', source: await sha256(text) } } }),
      };
      server.page(`${base}/data/index.json`, { body: JSON.stringify(manifest), type: 'application/json' });
      server.page(`${base}/data/en.json`, { body: file, type: 'application/json' });
      for (const [name, body] of prebuilt) server.page(`${base}/data/${name}`, { body, type: 'application/json' });
      server.page(`${base}/page.html`, page('data-faq-src="data"'));
      // With the index faq:build writes, the locale file is not read, and the answers come as shown.
      const files = withIndex ? ['data/index.json', 'data/en.index.json'] : ['data/index.json', 'data/en.json'];
      const measured = await loads(LOADS, () => load(browser, `${server.url}${base}/page.html`, questions.slice(0, 200), files));
      rows.push(row(String(size), withIndex ? 'prebuilt' : 'on the client', LOADS, measured));
    }
  }
  await browser.close();
  await server.close();
  return rows;
}

// One page load: from navigation start to FaqChat.ready, the long tasks until then, then
// searches through the API and the heap after a collection; last, the time the page takes
// to fetch the same data files by itself, one after the other as the widget does.
async function load(browser: Browser, url: string, asked: string[], files: string[]): Promise<Load> {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  await tab.goto(url);
  const ready = await tab.evaluate(() => window.FaqChat!.ready.then(() => performance.now()));
  const tasks = (await tab.evaluate(() => (window as any).__tasks())) as [number, number][];
  const startup = tasks.filter(([start]) => start < ready);
  const times = (
    await tab.evaluate(async (questions) => {
      const times: number[] = [];
      for (const question of questions) {
        const start = performance.now();
        await window.FaqChat!.search(question);
        times.push(performance.now() - start);
      }
      return times;
    }, asked)
  ).sort((a, b) => a - b);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const transfer = await tab.evaluate(async (paths) => {
    const start = performance.now();
    for (const path of paths) await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
    return performance.now() - start;
  }, files);
  await tab.close();
  return {
    ready,
    transfer,
    longest: Math.max(0, ...startup.map(([, duration]) => duration)),
    blocking: startup.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    searchP95: times[Math.floor(0.95 * times.length)],
    heapMiB: usedSize / 2 ** 20,
  };
}

// The median load by time to ready, with the worst long task and blocking time of all.
async function loads(count: number, measure: () => Promise<Load>): Promise<Load> {
  const all: Load[] = [];
  for (let run = 0; run < count; run++) all.push(await measure());
  const median = [...all].sort((a, b) => a.ready - b.ready)[Math.floor(count / 2)];
  return { ...median, longest: Math.max(...all.map((one) => one.longest)), blocking: Math.max(...all.map((one) => one.blocking)) };
}

function row(entries: string, index: string, count: number, { ready, transfer, longest, blocking, searchP95, heapMiB }: Load): string[] {
  return [
    entries,
    index,
    String(count),
    ready.toFixed(0),
    transfer.toFixed(0),
    longest.toFixed(0),
    blocking.toFixed(0),
    searchP95.toFixed(2),
    heapMiB.toFixed(1),
  ];
}
