// Browsers' JSON.parse does not always say where a file breaks (V8 gives no position for a
// trailing comma), so a small scanner finds the place for the console message. It runs
// only after JSON.parse has failed.

/** Where a text stops being valid JSON, 1-based; null when no place can be named. */
export function jsonErrorAt(text: string): { line: number; column: number } | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const take = (char: string) => (text[i] === char ? i++ : fail());
  const string = () => {
    take('"');
    for (let char = text[i++]; char !== '"'; char = text[i++]) {
      if (char === undefined || char < ' ') {
        i--;
        fail();
      }
      if (char === '\\') i += text[i] === 'u' ? 5 : /["\\/bfnrt]/.test(text[i]) ? 1 : fail();
    }
  };
  const items = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return i++;
    for (;;) {
      item();
      space();
      if (text[i] !== ',') return take(close);
      i++;
      space();
    }
  };
  const value = (): unknown => {
    space();
    if (text[i] === '{') return items('}', () => (string(), space(), take(':'), value()));
    if (text[i] === '[') return items(']', value);
    if (text[i] === '"') return string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    i += literal ? literal[0].length : fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return null;
  } catch (offset) {
    if (typeof offset !== 'number') return null;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }
}
