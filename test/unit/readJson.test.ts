import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/check/readJson';

describe('readJson', () => {
  it('reports nesting thousands of levels deep at its line and column, instead of running out of stack', () => {
    const text = `{\n  "entries": ${'['.repeat(5_000)}${']'.repeat(5_000)}\n}`;
    expect(readJson('en.json', text)).toEqual({
      level: 'error',
      file: 'en.json',
      line: 2,
      // The object is level 1, so level 101 is the hundredth "[", which starts at column 14.
      column: 14 + 99,
      message:
        'Lists and objects are nested more than 100 levels deep here, far more than a FAQ file needs: ' +
        'look for [ or { that should not be there.',
    });
  });

  it('does not count brackets inside texts, escaped quotes included', () => {
    const file = readJson('en.json', JSON.stringify({ answer: `"${'[{'.repeat(1_000)}\\"` }));
    expect('value' in file && file.value).toEqual({ answer: `"${'[{'.repeat(1_000)}\\"` });
  });
});
