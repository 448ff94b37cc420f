// CSV as spreadsheets write it (RFC 4180): fields in double quotes when they hold a comma,
// a quote or a line break, and a quote inside written twice.

/**
 * Rows as CSV that Excel opens with accents and CJK intact: UTF-8 with a byte order mark
 * (without one, Excel reads the file in the computer's old code page) and CRLF line ends.
 */
export function toCsv(rows: string[][]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The rows of a CSV text. Commas or semicolons (Excel's choice in many European locales) separate fields. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  // The separator is the one the header uses outside quotes; tabs for Matomo's exports.
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const separator = [',', ';', '\t']
    .map((mark) => ({ mark, count: unquoted.split(mark).length }))
    .sort((a, b) => b.count - a.count)[0].mark;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/**
 * A file's bytes as text. Matomo exports CSV in UTF-16 with a byte order mark, Excel in
 * UTF-8 with or without one.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
