// The npm package holds the script build, the ES module entry, its types, the JSON Schema,
// the README, the CHANGELOG and the licence, and nothing else.
import { execFileSync } from 'node:child_process';
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
    'dist/faq-chat.reader-<hash>.js',
    'dist/types/api.d.ts',
    'dist/types/index.d.ts',
    'faq-data/faq.schema.json',
    'package.json',
  ]);
});
