// Tools change one value of a faq-data file at a time and leave every other byte as the
// editor wrote it, so that a review of the change (or a git diff) shows only that value.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';

/**
 * The text with the value at `path` replaced, added, or removed (`undefined`). With
 * `insert`, the last step of the path is an array index (-1: the end) to insert at. New
 * text follows the file's indentation and line ends.
 */
export function editJson(text: string, path: JSONPath, value: unknown, insert = false): string {
  // A byte order mark (Windows Notepad writes one) is no JSON: it is kept aside and put back.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const json = text.slice(bom.length);
  const indent = /\n([ \t]+)\S/.exec(json)?.[1] ?? '  ';
  const tabs = indent.startsWith('\t');
  const formattingOptions = { insertSpaces: !tabs, tabSize: tabs ? 1 : indent.length, eol: json.includes('\r\n') ? '\r\n' : '\n' };
  return bom + applyEdits(json, modify(json, path, value, { formattingOptions, isArrayInsertion: insert }));
}
