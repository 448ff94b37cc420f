// Editing one value of a JSON file in place, whatever the editor's formatting.
import { describe, expect, it } from 'vitest';
import { editJson } from '../../src/editor/editJson';

describe('editJson', () => {
  it('changes one value and keeps a byte order mark, tabs and Windows line ends', () => {
    const text =
      '\uFEFF{\r\n\t"entries": [\r\n\t\t{\r\n\t\t\t"id": "a",\r\n\t\t\t"alternates": [\r\n\t\t\t\t"x"\r\n\t\t\t]\r\n\t\t}\r\n\t]\r\n}\r\n';
    expect(editJson(text, ['entries', 0, 'id'], 'b')).toBe(text.replace('"a"', '"b"'));
    expect(editJson(text, ['entries', 0, 'alternates', 1], 'y', true)).toBe(text.replace('"x"', '"x",\r\n\t\t\t\t"y"'));
  });

  it('adds a field with the indentation of the file', () => {
    const text = '{\n    "id": "a"\n}\n';
    expect(editJson(text, ['keywords'], ['k'])).toBe('{\n    "id": "a",\n    "keywords": [\n        "k"\n    ]\n}\n');
  });
});
