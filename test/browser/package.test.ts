// A site that bundles its own JavaScript takes the widget from the npm package: the rest of
// the widget is a chunk of the site's bundle, loaded on intent.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, type TestServer } from '../../scripts/harness/server';
import { useHarness } from './harness';

const harness = useHarness();
const site = mkdtempSync(join(tmpdir(), 'faq-package-app-'));
let server: TestServer;

beforeAll(async () => {
  await build({
    configFile: false,
    root: resolve('test/package-app'),
    logLevel: 'warn',
    // The package as a site installs it: its package.json's exports, from the repository.
    resolve: { alias: { 'faq-chat': resolve('.') } },
    build: { outDir: site, emptyOutDir: true },
  });
  cpSync('faq-data', join(site, 'faq-data'), { recursive: true });
  server = await serve(site);
}, 60_000);
afterAll(() => server?.close());

it('bundles with Vite, mounts, and answers, with the rest loaded on intent as a chunk of the site', async () => {
  const { page, errors } = await harness.open(`${server.url}/index.html`);
  await page.locator('[data-faq-chat] .launcher').waitFor();
  const before = [...server.requests];
  expect(before.some((path) => path.includes('mountApp'))).toBe(false);
  expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
  expect(server.requests.some((path) => path.includes('mountApp'))).toBe(true);
  await expect.poll(() => page.locator('body').getAttribute('data-ready')).toBe('en');
  expect(errors).toEqual([]);
});
