// The one hard number CI checks: all of the widget's JavaScript and CSS, gzip -9.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const BUDGET = 40 * 1024;

it('keeps dist/faq-chat.js within 40 KiB with gzip -9', () => {
  const size = gzipSync(readFileSync('dist/faq-chat.js'), { level: 9 }).length;
  console.log(`dist/faq-chat.js: ${(size / 1024).toFixed(1)} KiB gzip -9 (budget ${BUDGET / 1024} KiB)`);
  expect(size).toBeLessThanOrEqual(BUDGET);
});

it('is one classic script that never evaluates strings as code', () => {
  const code = readFileSync('dist/faq-chat.js', 'utf8');
  expect(code.match(/\beval\(|new Function\(|WebAssembly|document\.write/)?.[0]).toBeUndefined();
  expect(code.match(/^\s*(import|export)\s/m)?.[0]).toBeUndefined();
});

it('never writes markup or inline styles from its own code', () => {
  // Preact itself supports dangerouslySetInnerHTML; the widget's code must never use it.
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
  for (const file of sources) {
    const code = readFileSync(`src/${file}`, 'utf8');
    expect(code.match(/innerHTML|outerHTML|insertAdjacentHTML|<style|setAttribute\(['"]style|\bstyle=|cssText/)?.[0], file).toBeUndefined();
  }
});
