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

  describe('the fix for the mistakes editors make inside texts', () => {
    const message = (text: string) => {
      const read = readJson('en.json', text);
      return 'message' in read ? `${read.line}:${read.column} ${read.message}` : 'read';
    };

    it('a quote inside a text: write \\"', () => {
      for (const text of ['{\n  "answer": "the "Green City" award",\n  "x": 1\n}', '{\n  "alternates": ["he said "hi""]\n}']) {
        expect(message(text)).toMatch(
          /^2:\d+ JSON syntax: a " inside a text ends the text there: write a quote inside a text as \\" \(a backslash before it\)/,
        );
      }
    });

    it('Enter pressed inside a text: write \\n', () => {
      for (const text of ['{\n  "answer": "line one\nline two",\n  "x": 1\n}', '{\n  "answer": "one\n\n  two"\n}']) {
        expect(message(text)).toBe(
          '2:13 JSON syntax: this text goes on to the next line, which a text cannot do: ' +
            'join the lines, and write \\n where a line should break (\\n\\n for a new paragraph).',
        );
      }
    });

    it('curly quotes around a text or a name: straight quotes', () => {
      expect(message('{\n  "answer": “text”\n}')).toMatch(
        /^2:13 JSON syntax: this is a curly quote \(“ ” or ‘ ’\), as word processors type them/,
      );
      expect(message('{\n  “answer”: "text"\n}')).toMatch(/^2:3 JSON syntax: this is a curly quote/);
      expect(message('{\n  "answer": "the “Green City” award"\n}')).toBe('read');
    });

    it('keeps the other messages: a missing quote at the end, a missing comma', () => {
      expect(message('{\n  "answer": "text,\n  "x": 1\n}')).toBe('2:13 JSON syntax: a text is not closed: a " is missing at its end.');
      expect(message('{\n  "a": "x"\n  "b": "y"\n}')).toBe('3:3 JSON syntax: a comma is missing between two items.');
      expect(message('["a" "b"]')).toBe('1:6 JSON syntax: a comma is missing between two items.');
    });
  });
});
