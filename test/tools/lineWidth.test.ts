// Biome formats to 140 characters a line but leaves long strings, regular expressions and
// comments as they are written: this holds them to the same width.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const WIDTH = JSON.parse(readFileSync('biome.json', 'utf8')).formatter.lineWidth;

it(`keeps every line of the source, scripts and tests within ${WIDTH} characters`, () => {
  const files = execFileSync('git', ['ls-files', 'src', 'scripts', 'test', 'vite.config.ts'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(ts|tsx|css|mjs)$/.test(file));
  expect(files.length).toBeGreaterThan(100);
  const long = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => ([...line].length > WIDTH ? [`${file}:${index + 1}`] : [])),
  );
  expect(long).toEqual([]);
});
