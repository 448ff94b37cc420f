import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from './Problem';

/** A parsed file that remembers where each value stands. */
export interface JsonFile {
  name: string;
  text: string;
  value: unknown;
  /** Mistakes that still let the file be read: a name given twice in one object. */
  problems: Problem[];
  /**
   * The 1-based line and column of the value at a path, such as `['entries', 3, 'answer']`,
   * or of its name when `name` is set.
   */
  position(path: (string | number)[], name?: boolean): { line: number; column: number } | undefined;
}

// JSON.parse gives no position for some mistakes, and its words are for programmers; each
// mistake gets a hint in plain words instead.
const HINTS: Record<string, string> = {
  CommaExpected: 'a comma is missing between two items',
  ColonExpected: 'a colon (:) is missing after the name in quotes',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more text after the end of the data',
  InvalidSymbol: 'this is not allowed here: texts must be in "double quotes"',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text is not closed: a " is missing at its end',
  InvalidCharacter: 'a line break or tab inside a text must be written as \\n or \\t',
  InvalidEscapeCharacter: 'a backslash inside a text must be written as \\\\',
  InvalidNumberFormat: 'this number is not written correctly',
  PropertyNameExpected: 'a name in "double quotes" is expected here',
  ValueExpected: 'a value is expected here: a text in "double quotes", a number, true, false, [ ] or { }',
};
const TRAILING_COMMA = 'a comma before a closing bracket is not allowed: remove the comma after the last item';
// The three mistakes editors make most inside texts, which the parser sees only later, as
// something else: a quote that ends the text early, Enter pressed inside a text, and the
// curly quotes of a word processor.
const QUOTE_INSIDE =
  'a " inside a text ends the text there: write a quote inside a text as \\" (a backslash before it), ' +
  'as in "the \\"Green City\\" award"';
const LINE_BREAK =
  'this text goes on to the next line, which a text cannot do: join the lines, and write \\n where a line should break ' +
  '(\\n\\n for a new paragraph)';
const CURLY = 'this is a curly quote (“ ” or ‘ ’), as word processors type them: JSON needs straight double quotes ("). Replace it';

/**
 * A file's text as JSON can read it. Some editors (Windows Notepad among them) start a file
 * with a byte order mark, which JSON does not allow but browsers drop as they decode: the
 * widget reads such a file, so the tools must too. It becomes a space, so that lines and
 * columns stay where they are.
 */
export function readable(text: string): string {
  return text.replace(/^\uFEFF/, ' ');
}

/**
 * Parses a file, or reports its first syntax mistake with its line and column. `text` is
 * the file decoded as UTF-8, the only encoding the widget reads; a file saved in another
 * encoding is reported as such first, since every other mistake would follow from it.
 */
export function readJson(name: string, text: string): JsonFile | Problem {
  // UTF-16 (Notepad's "Unicode") gives a zero byte after every ASCII letter; Windows-1252
  // and Latin-1 give bytes that UTF-8 cannot read, which decode as U+FFFD.
  if (text.includes('\u0000')) {
    return {
      level: 'error',
      file: name,
      message: `${name} is not saved as UTF-8: it looks like UTF-16, which Windows Notepad calls "Unicode". Save it again as UTF-8.`,
    };
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  // The last line that starts at or before the offset, found by halving: a large file
  // has tens of thousands of lines, and each problem asks.
  const at = (offset: number) => {
    let line = 0;
    for (let high = lineStarts.length - 1; line < high; ) {
      const middle = Math.ceil((line + high) / 2);
      if (lineStarts[middle] <= offset) line = middle;
      else high = middle - 1;
    }
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const message =
      `Lists and objects are nested more than ${MAX_DEPTH} levels deep here, far more than a FAQ file needs: ` +
      'look for [ or { that should not be there.';
    return { level: 'error', file: name, ...at(deep), message };
  }
  const errors: ParseError[] = [];
  const root = parseTree(readable(text), errors, { allowTrailingComma: false, disallowComments: true });
  const unreadable = text.indexOf('\uFFFD');
  if (unreadable >= 0) {
    const message =
      `${name} is not saved as UTF-8: a character here cannot be read, and visitors would see it as �. ` +
      'It may be saved as Windows-1252 or Latin-1: save it again as UTF-8.';
    return { level: 'error', file: name, ...at(unreadable), message };
  }
  if (errors.length > 0 || !root) {
    const { error, offset } = errors[0] ?? { error: 4, offset: 0 };
    return { level: 'error', file: name, ...at(offset), message: `JSON syntax: ${hint(text, printParseErrorCode(error), offset)}.` };
  }
  return {
    name,
    text,
    value: valueOfNode(root),
    problems: namesGivenTwice(root).map((key) => ({
      level: 'error',
      file: name,
      ...at(key.offset),
      message: `"${key.value}" is given twice in the same object, and the widget uses the last one: keep one.`,
    })),
    position(path, name = false) {
      const node = findNodeAtLocation(root, path);
      const property = name && node?.parent?.type === 'property' ? node.parent : node;
      return property && at(property.offset);
    },
  };
}

// The plain words for a syntax mistake at an offset, from the parser's code and the text around it.
function hint(text: string, code: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const [before, after] = [text.slice(lineStart, offset), text.slice(offset, lineEnd)];
  if (/^[“”„‟‘’]/.test(after)) return CURLY;
  // A trailing comma shows up as a name or value expected right before } or ].
  if (/^(PropertyNameExpected|ValueExpected)$/.test(code) && /^[\]}]/.test(after)) return TRAILING_COMMA;
  // "the "Green" award": the text ended at the second quote, and words follow on its line.
  if (code !== 'UnexpectedEndOfString' && /"\s*$/.test(before) && /^[^\s",:\]}]/.test(after) && after.includes('"')) return QUOTE_INSIDE;
  // A text opened here and not closed on its line, and closed at the end of the next line
  // that is not blank, which is not the next field: Enter was pressed inside it.
  const next = text
    .slice(lineEnd + 1)
    .trimStart()
    .split('\n', 1)[0];
  if (code === 'UnexpectedEndOfString' && /"\s*[,\]}]?\s*$/.test(next) && !/^"[^"]*"\s*:/.test(next)) return LINE_BREAK;
  return HINTS[code] ?? code;
}

// The parser and valueOfNode below go one call deeper for each level of nesting, and run out
// of stack at about 3,000 levels. A FAQ file has five.
const MAX_DEPTH = 100;

/** Where the nesting of lists and objects first goes deeper than MAX_DEPTH, if it does. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  // Brackets inside texts do not count.
  let inText = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inText) {
      if (char === '\\') i++;
      else if (char === '"') inText = false;
    } else if (char === '"') inText = true;
    else if (char === '[' || char === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (char === ']' || char === '}') depth--;
  }
  return undefined;
}

// Like jsonc-parser's getNodeValue, but keys are defined as own properties, so that a key
// such as "__proto__" stays a plain key instead of replacing the object's prototype.
function valueOfNode(node: Node): unknown {
  if (node.type === 'array') return node.children!.map(valueOfNode);
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children!;
    Object.defineProperty(object, key.value, {
      value: value ? valueOfNode(value) : undefined,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

// JSON keeps the last of two values with the same name, so an editor who pasted a field
// twice, or edited the first of two copies, would not see why the text does not change.
function namesGivenTwice(node: Node): Node[] {
  const twice: Node[] = [];
  if (node.type === 'object') {
    const seen = new Set<unknown>();
    for (const [key] of node.children!.map((property) => property.children!)) {
      if (seen.has(key.value)) twice.push(key);
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) twice.push(...namesGivenTwice(child));
  return twice;
}
