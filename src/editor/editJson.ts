// Tools change one value of a faq-data file at a time and leave every other byte as the
// editor wrote it, so that a review of the change (or a git diff) shows only that value.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';

/**
 * The text with the value at `path` replaced, added, or removed (`undefined`). With
 * `insert`, the last step of the path is an array index (-1: the end) to insert at.
 */
export function editJson(text: string, path: JSONPath, value: unknown, insert = false): string {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return applyEdits(text, modify(text, path, value, { formattingOptions, isArrayInsertion: insert }));
}
