import { describe, expect, it } from 'vitest';
import { parseAnswer, parseInline } from '../../src/ui/markdown';

describe('parseAnswer', () => {
  it('reads paragraphs separated by blank lines', () => {
    expect(parseAnswer('One\nline.\n\nTwo.')).toEqual([{ paragraph: ['One line.'] }, { paragraph: ['Two.'] }]);
  });

  it('reads bullet and numbered lists, also right after a paragraph line', () => {
    expect(parseAnswer('Steps:\n1. Download\n2. Send\n- a\n- b')).toEqual([
      { paragraph: ['Steps:'] },
      { list: 'ol', items: [['Download'], ['Send']] },
      { list: 'ul', items: [['a'], ['b']] },
    ]);
  });

  it('reads bold, italic and links, nested', () => {
    expect(parseInline('**Bold [site](https://iclei.org/)** and *it*')).toEqual([
      { bold: ['Bold ', { href: 'https://iclei.org/', label: ['site'] }] },
      ' and ',
      { italic: ['it'] },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(parseAnswer('<img src=x onerror=alert(1)>')).toEqual([{ paragraph: ['<img src=x onerror=alert(1)>'] }]);
  });

  it('leaves a link to an unsafe URL as its literal text', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual(['[click](javascript:alert(1))']);
    expect(parseInline('[click](javascript&colon;alert)')).toEqual(['[click](javascript&colon;alert)']);
  });

  // Answers are capped at MAX_ANSWER_LENGTH, but a parser that takes n² steps would need
  // seconds for 200,000 characters; a linear one takes a few milliseconds. The bound is
  // loose, for a slow machine: the old parser took about a minute here.
  it.each([
    ['unclosed "["', '['.repeat(200_000)],
    ['"[" closed once at the end', `${'['.repeat(200_000)}]`],
    ['"[*" repeated', '[*'.repeat(100_000)],
    ['"**[" repeated', '**['.repeat(70_000)],
  ])('parses 200,000 characters of %s in linear time', (_, text) => {
    const start = performance.now();
    const blocks = parseAnswer(text);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(JSON.stringify(blocks).length).toBeGreaterThan(text.length);
  });

  it('reads a link whose label follows an unclosed "["', () => {
    expect(parseInline('[a [b](https://iclei.org/)')).toEqual(['[a ', { href: 'https://iclei.org/', label: ['b'] }]);
  });
});
