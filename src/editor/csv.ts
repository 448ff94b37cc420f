// CSV as spreadsheets write it (RFC 4180): fields in double quotes when they hold a comma,
// a quote or a line break, and a quote inside written twice.

// A cell that starts with one of these is a formula to Excel and LibreOffice: a visitor's
// question "=HYPERLINK(…)" in the review file would become a live link or a web request.
// OWASP's advice is a leading apostrophe, which spreadsheets show and keep as text. Cells
// that already start with apostrophes before such a character get one more, so that
// reading takes exactly one off and every text comes back as it was.
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/**
 * Rows as CSV that Excel opens with accents and CJK intact: UTF-8 with a byte order mark
 * (without one, Excel reads the file in the computer's old code page) and CRLF line ends.
 * A cell that a spreadsheet would run as a formula is written with a leading apostrophe.
 */
export function toCsv(rows: string[][]): string {
  const field = (text: string) => {
    const value = FORMULA.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/**
 * The rows of a CSV text. Commas or semicolons (Excel's choice in many European locales) separate fields.
 * The apostrophe that `toCsv` puts before a formula's first character is taken off.
 */
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
  const end = () => row.push(NEUTRALIZED.test(field) ? field.slice(1) : field);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) end(), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      end(), rows.push(row), (row = []), (field = '');
    } else field += char;
  }
  if (field !== '' || row.length > 0) end(), rows.push(row);
  return rows;
}

/** A file that is not text in one of the encodings `decodeText` reads; its message says how to save it again. */
export class EncodingError extends Error {}

/**
 * A file's bytes as text. Matomo exports CSV in UTF-16 with a byte order mark, Excel in
 * UTF-8 with or without one. Anything else is refused rather than guessed: Excel's
 * "CSV (Comma delimited)" is in the computer's old code page, and read as UTF-8 its
 * accents and every Korean, Japanese or Chinese letter would be lost without a word.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  const [encoding, start] =
    bytes[0] === 0xff && bytes[1] === 0xfe ? ['utf-16le', 2] : bytes[0] === 0xfe && bytes[1] === 0xff ? ['utf-16be', 2] : ['utf-8', 0];
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new EncodingError(
      `${file}: error: this file is not saved as UTF-8 text, so its accents and letters cannot be read. ` +
        'Save it again as "CSV UTF-8": in Excel, File › Save As, and choose "CSV UTF-8 (Comma delimited)"; ' +
        'in LibreOffice, File › Save As, "Text CSV", tick "Edit filter settings" and choose the character set "Unicode (UTF-8)".',
    );
  }
}
