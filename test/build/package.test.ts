// The npm package holds the script build, the ES module entry, its types, the default FAQ
// data with its JSON Schema (an app copies node_modules/faq-chat/faq-data/ into its public
// folder: docs/integrations.md), the README, the CHANGELOG and the licence, and nothing else:
// no editors' test questions nor translation record.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('packs exactly the intended files', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const files: string[] = pack.files
    .map((file: { path: string }) => file.path.replace(/^(.*\/(?:faq-chat\.\w+|reader|deepLink|mountApp))-[\w-]+\.js$/, '$1-<hash>.js'))
    .sort();
  expect(files).toEqual([
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'dist/esm/assets/reader-<hash>.js',
    'dist/esm/deepLink-<hash>.js',
    'dist/esm/index.js',
    'dist/esm/mountApp-<hash>.js',
    'dist/faq-chat.app-<hash>.js',
    'dist/faq-chat.js',
    'dist/types/api.d.ts',
    'dist/types/index.d.ts',
    'faq-data/en.json',
    'faq-data/es.json',
    'faq-data/faq.schema.json',
    'faq-data/fr.json',
    'faq-data/index.json',
    'faq-data/ja.json',
    'faq-data/ko.json',
    'faq-data/pt.json',
    'faq-data/zh.json',
    'package.json',
  ]);
});

it('exports the default faq-data folder, every file its manifest names', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(pkg.exports['./faq-data/*']).toBe('./faq-data/*');
  const manifest = JSON.parse(readFileSync('faq-data/index.json', 'utf8'));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const files = pack.files.map((file: { path: string }) => file.path);
  for (const locale of Object.keys(manifest.locales)) expect(files).toContain(`faq-data/${locale}.json`);
});

it("finds its reader worker beside its entry, not at the site's root", () => {
  // A site's bundler copies the worker beside the entry; "/assets/…" would miss it, and a
  // file over 512 KiB would be fetched twice and parsed on the page's main thread.
  const entry = readFileSync('dist/esm/index.js', 'utf8');
  expect(entry).toMatch(/new URL\("assets\/reader-[\w-]+\.js",\s*import\.meta\.url\)/);
  expect(entry).not.toMatch(/new URL\("\//);
});
