// The hard numbers CI checks (README, "Performance"), gzip -9: what every page view runs,
// and everything a visitor who opens the panel and asks loads.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const LOADER_BUDGET = 6 * 1024;
const VISITOR_BUDGET = 48 * 1024;

const scripts = readdirSync('dist').filter((file) => /^faq-chat.*\.js$/.test(file));
const gzipped = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

it('keeps the loader, dist/faq-chat.js, within 6 KiB with gzip -9', () => {
  const size = gzipped('faq-chat.js');
  console.log(`dist/faq-chat.js (every page view): ${kib(size)} gzip -9 (budget ${kib(LOADER_BUDGET)})`);
  expect(size).toBeLessThanOrEqual(LOADER_BUDGET);
});

it('keeps all that a visitor who asks loads within 48 KiB with gzip -9', () => {
  // The loader and the app, which is also the reader of large files: all that any visitor loads.
  expect(scripts.map((file) => file.replace(/^(faq-chat\.\w+)-[\w-]+\.js$/, '$1.js')).sort()).toEqual(['faq-chat.app.js', 'faq-chat.js']);
  const sizes = scripts.map((file) => [file, gzipped(file)] as const);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(
    `${sizes.map(([file, size]) => `dist/${file}: ${kib(size)}`).join(', ')}; in all ${kib(total)} gzip -9 (budget ${kib(VISITOR_BUDGET)})`,
  );
  expect(total).toBeLessThanOrEqual(VISITOR_BUDGET);
});

it('is classic scripts that never evaluate strings as code', () => {
  for (const file of scripts) {
    const code = readFileSync(`dist/${file}`, 'utf8');
    expect(code.match(/\beval\(|new Function\(|WebAssembly|document\.write/)?.[0], file).toBeUndefined();
    expect(code.match(/^\s*(import|export)\s/m)?.[0], file).toBeUndefined();
  }
});

it('carries no Preact in the loader: a page view draws one button', () => {
  // Preact's render loop reads this option name; the loader draws its button by hand.
  expect(readFileSync('dist/faq-chat.js', 'utf8')).not.toMatch(/__H|_renderCallbacks|diffed/);
  expect(readFileSync(`dist/${scripts.find((file) => file.startsWith('faq-chat.app-'))}`, 'utf8')).toMatch(/__H|_renderCallbacks|diffed/);
});

it('never writes markup or inline styles from its own code', () => {
  // Preact itself supports dangerouslySetInnerHTML; the widget's code must never use it.
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
  for (const file of sources) {
    const code = readFileSync(`src/${file}`, 'utf8');
    expect(code.match(/innerHTML|outerHTML|insertAdjacentHTML|<style|setAttribute\(['"]style|\bstyle=|cssText/)?.[0], file).toBeUndefined();
  }
});
