// A data file over 512 KiB is read by a worker, the app's own file beside the loader, so that
// taking in megabytes does not block the page; where no worker may run, the page reads it.
// A locale with an index, as `npm run faq:build` writes it, is served from the index alone.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/data/sha256';
import { prebuild } from '../../src/search/FaqIndex';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();
// The app's own file, started as a worker.
const READER = readdirSync('dist').find((file) => file.startsWith('faq-chat.app-'));
const entries = Array.from({ length: 3_000 }, (_, index) => ({
  id: `e-${index}`,
  question: `How does service number ${index} work?`,
  answer: `Service ${index} ${'is described at length in this answer. '.repeat(4)}`,
}));
const text = JSON.stringify({ locale: 'en', entries });
const manifest = JSON.stringify({ version: 1, defaultLocale: 'en', locales: { en: 'English' } });

// `chunked` sends the files without a length, as a server that compresses as it sends does.
function serveLarge(base: string, files: Record<string, string> = {}, chunked = false): void {
  harness.server.page(`${base}/index.json`, { body: files['index.json'] ?? manifest, type: 'application/json' });
  harness.server.page(`${base}/en.json`, { body: text, type: 'application/json', chunked });
  for (const [name, body] of Object.entries(files)) harness.server.page(`${base}/${name}`, { body, type: 'application/json', chunked });
}

describe('a large data file', () => {
  it('is served from its index in a worker under a strict Content-Security-Policy, and its answers come as shown', async () => {
    // Sent without a length, size cannot tell: a locale's index is taken to be large.
    expect(text.length).toBeGreaterThan(512 * 1024);
    serveLarge('/large/data', await built(), true);
    harness.server.page('/large/page.html', {
      body: scriptPage('data-faq-src="data"'),
      headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
    });
    // The page is opened here rather than by the harness, to see the workers from the start.
    const page = await (await harness.browser.newContext()).newPage();
    const workers: string[] = [];
    const errors: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const start = harness.server.requests.length;
    await page.goto(`${harness.server.url}/large/page.html`);
    await page.evaluate(() => window.FaqChat!.ready);
    // One worker, for the index; the locale file of all answers is not read.
    expect(workers).toEqual([`${harness.server.url}/${READER}`]);
    const best = (await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best;
    expect(best?.id).toBe('e-2718');
    expect(best?.answer).toContain('Service 2718 is described at length');
    const requested = harness.server.requests.slice(start);
    expect(requested).not.toContain('/large/data/en.json');
    expect(requested.filter((path) => path.includes('.answers-')).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('is read by the page when the script comes from another origin, where no worker may run', async () => {
    serveLarge('/elsewhere/data');
    // The same server under another host name is another origin.
    const script = `${harness.server.url.replace('127.0.0.1', 'localhost')}/faq-chat.js`;
    harness.server.page('/elsewhere/page.html', scriptPage('data-faq-src="data"').replace('/faq-chat.js', script));
    const { page, errors } = await harness.open('/elsewhere/page.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect((await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best?.id).toBe('e-2718');
    expect(errors).toEqual([]);
  });

  it('never shows an answer of another build under a question, as a page left open while faq:build runs again would', async () => {
    const files = await built();
    serveLarge('/rebuilt/data', files);
    harness.server.page('/rebuilt/page.html', scriptPage('data-faq-src="data" data-open="true"'));
    const { page } = await harness.open('/rebuilt/page.html');
    await page.evaluate(() => window.FaqChat!.ready);
    // The next build put a new entry first: every piece now holds the answers one place later.
    const [name] = Object.keys(files).filter((file) => file.includes('.answers-'));
    const piece = JSON.parse(files[name]) as { ids: string[]; answers: string[] };
    const moved = { ids: ['new', ...piece.ids.slice(0, -1)], answers: ['A new answer.', ...piece.answers.slice(0, -1)] };
    harness.server.page(`/rebuilt/data/${name}`, { body: JSON.stringify(moved), type: 'application/json' });
    const start = harness.server.requests.length;
    await page.evaluate(() => window.FaqChat!.ask('service number 1'));
    // Asked for once more past the cache, then held as a piece that cannot be had is.
    expect(harness.server.requests.slice(start).filter((path) => path.endsWith(name))).toHaveLength(2);
    await expect.poll(() => page.getByRole('button', { name: 'Try again' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Service 0 is described').count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(0);
  });

  it('is served beside a page whose scheduler.yield never settles', async () => {
    serveLarge('/stuck/data');
    harness.server.page('/stuck/stuck.js', { body: 'scheduler.yield = () => new Promise(() => {});', type: 'text/javascript' });
    harness.server.page('/stuck/page.html', scriptPage('data-faq-src="data"', { head: '<script src="/stuck/stuck.js"></script>' }));
    const { page, errors } = await harness.open('/stuck/page.html');
    expect((await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best?.id).toBe('e-2718');
    expect(errors).toEqual([]);
  });

  it('is read by the page when the worker read it but cannot send it, as data nested too deep to copy', async () => {
    // A field the widget does not read, nested deeper than structured clone goes.
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    harness.server.page('/deep/data/index.json', { body: manifest, type: 'application/json' });
    harness.server.page('/deep/data/en.json', {
      body: text.replace('{"locale":"en",', `{"locale":"en","notes":${deep},`),
      type: 'application/json',
    });
    harness.server.page('/deep/page.html', scriptPage('data-faq-src="data"'));
    const { page, errors } = await harness.open('/deep/page.html');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.evaluate(() => window.FaqChat!.ready);
    expect(workers).toEqual([`${harness.server.url}/${READER}`]);
    expect((await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best?.id).toBe('e-2718');
    expect(errors).toEqual([]);
  });

  it.each([
    ['forbids workers', 'noworker', "default-src 'self'; worker-src 'none'", [`Content Security Policy directive: "worker-src 'none'"`]],
    [
      'requires Trusted Types and allows no policy, so that no worker URL can be made',
      'trusted',
      "script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
      ["Creating a TrustedTypePolicy named 'faq-chat' violates", "requires 'TrustedScriptURL' assignment"],
    ],
  ])('is read by the page when its Content-Security-Policy %s', async (_, base, policy, refusals) => {
    serveLarge(`/${base}/data`);
    harness.server.page(`/${base}/page.html`, { body: scriptPage('data-faq-src="data"'), headers: { 'content-security-policy': policy } });
    const { page, errors } = await harness.open(`/${base}/page.html`);
    await page.evaluate(() => window.FaqChat!.ready);
    expect((await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best?.id).toBe('e-2718');
    // The browser reports what it refused; nothing else goes wrong.
    expect(errors).toEqual(refusals.map((refusal) => expect.stringContaining(refusal)));
  });

  it('is read in a worker under Trusted Types when the page allows the policy "faq-chat"', async () => {
    serveLarge('/trusted-ours/data');
    harness.server.page('/trusted-ours/page.html', {
      body: scriptPage('data-faq-src="data"'),
      headers: { 'content-security-policy': "script-src 'self'; require-trusted-types-for 'script'; trusted-types faq-chat" },
    });
    const page = await (await harness.browser.newContext()).newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${harness.server.url}/trusted-ours/page.html`);
    expect((await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best?.id).toBe('e-2718');
    expect(workers).toEqual([`${harness.server.url}/${READER}`]);
  });

  it('is served from its index on a plain-http site too, where nothing needs a hash', async () => {
    serveLarge('/plain/data', await built());
    harness.server.page('/plain/page.html', scriptPage('data-faq-src="data"'));
    const start = harness.server.requests.length;
    const { page, errors } = await harness.open(`${harness.insecureUrl}/plain/page.html`);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    await page.evaluate(() => window.FaqChat!.ready);
    expect((await page.evaluate(() => window.FaqChat!.search('service number 2718'))).best?.answer).toContain('Service 2718');
    expect(harness.server.requests.slice(start)).not.toContain('/plain/data/en.json');
    expect(errors).toEqual([]);
  });
});

// The index that `npm run faq:build` writes for these entries, and the pieces of their answers.
async function built(): Promise<Record<string, string>> {
  const { index, pieces } = await prebuild({ locale: 'en', entries }, 'en');
  const indexes = { en: { file: 'en.index.json', source: await sha256(text) } };
  return {
    'index.json': JSON.stringify({ ...JSON.parse(manifest), indexes }),
    'en.index.json': JSON.stringify(index),
    ...Object.fromEntries([...pieces].map(([name, piece]) => [name, JSON.stringify(piece)])),
  };
}
