import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../src/data/jsonErrorAt';

describe('jsonErrorAt', () => {
  it.each([
    ['a trailing comma in a list', '{"a": [1, 2,\n]}', { line: 2, column: 1 }],
    ['a trailing comma in an object', '{"a": 1,\n  }', { line: 2, column: 3 }],
    ['a missing comma', '{"a": 1\n "b": 2}', { line: 2, column: 2 }],
    ['a single quote', "{'a': 1}", { line: 1, column: 2 }],
    ['a line break in a text', '{"a": "one\ntwo"}', { line: 1, column: 11 }],
    ['an unclosed object', '{"a": 1', { line: 1, column: 8 }],
    ['text after the end', '{}\nx', { line: 2, column: 1 }],
    ['a bad escape', '{"a": "\\q"}', { line: 1, column: 9 }],
  ])('finds %s', (_, text, place) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorAt(text)).toEqual(place);
  });

  it('finds nothing wrong in valid JSON', () => {
    expect(jsonErrorAt('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}')).toBeNull();
  });
});
