// What visitors would see of an answer other than its editor meant: Markdown that the
// widget does not read (README, "The FAQ data": paragraphs, lists, bold, italic and
// links), which it shows as typed, and links that it shows as text or that lead elsewhere.
import { linkProblem } from './linkProblem';

const UNSUPPORTED: { pattern: RegExp; message: (line: string) => string }[] = [
  {
    pattern: /^ {0,3}#{1,6}(?:\s|$)/,
    message: (line) =>
      `The answer has a heading ("${cut(line)}"), which the widget shows as typed, # and all: ` +
      'write it as a line of its own without the #, in **bold** if you like.',
  },
  {
    pattern: /^\s*\|.*\|\s*$/,
    message: (line) =>
      `The answer has a table ("${cut(line)}"), which the widget shows as typed, | and all: ` +
      'write each row as an item of a list, such as "- Monday: 9:00 to 17:00".',
  },
  {
    pattern: /^\s*>/,
    message: (line) =>
      `The answer has a quote block ("${cut(line)}"), which the widget shows as typed, > and all: ` +
      'write it as a paragraph of its own without the >, in *italics* if you like.',
  },
];

// Where a link starts: its label in brackets, then "(". The widget reads a target without
// white space or parentheses, closed by ")"; a target is read here with one level of
// parentheses inside, to say what is wrong with it.
const LINK_START = /\[[^[\]]+\]\(/g;
const TARGET = /^((?:[^()\s]|\([^()\s]*\))+)\)/;

/** Each problem of an answer once, as sentences: links first, then Markdown the widget does not read. */
export function answerProblems(answer: string): { level: 'error' | 'warning'; message: string }[] {
  const problems: { level: 'error' | 'warning'; message: string }[] = [];
  const lines = answer.replace(/\r\n?/g, '\n').split('\n');
  for (const line of lines) {
    for (const match of line.matchAll(LINK_START)) {
      const rest = line.slice(match.index + match[0].length);
      const target = TARGET.exec(rest)?.[1];
      const closed = /^([^)]*)\)/.exec(rest)?.[1];
      const message =
        target !== undefined
          ? (linkProblem(target) ??
            (target.includes('(')
              ? `The link "${target}" contains a parenthesis, and the widget shows it as text: write ( as %28 and ) as %29.`
              : undefined))
          : closed === undefined
            ? `The link "${cut(match[0] + rest)}" has no ) at its end, and the widget shows it as text: put a ) after its web address.`
            : `The link "${closed}" contains a space or line break, and the widget shows it as text: write spaces as %20.`;
      if (message) problems.push({ level: 'error', message });
    }
  }
  for (const { pattern, message } of UNSUPPORTED) {
    const line = lines.find((text) => pattern.test(text));
    if (line !== undefined) problems.push({ level: 'warning', message: message(line.trim()) });
  }
  return problems;
}

// A long line, shortened for a message.
const cut = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
