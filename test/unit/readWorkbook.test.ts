// faq:import reads workbooks that anyone can send an editor: each is read within bounds,
// and one that cannot be read is answered with one sentence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook, WorkbookError } from '../../src/editor/readWorkbook';
import { writeTables } from '../../src/editor/workbook';

const folder = mkdtempSync(join(tmpdir(), 'faq-workbook-'));
let files = 0;
const file = (bytes: Uint8Array) => {
  const name = join(folder, `${++files}.xlsx`);
  writeFileSync(name, bytes);
  return name;
};

/** A workbook of one FAQ sheet, with these cells set besides its two rows. */
async function workbook(cells: Record<string, string | null> = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('FAQ');
  sheet.addRows([
    ['id', 'en question', 'en answer'],
    ['founded', 'When was ICLEI founded?', 'In 1990.'],
  ]);
  for (const [address, value] of Object.entries(cells)) {
    sheet.getCell(address).value = value;
    if (value === null) sheet.getCell(address).font = { bold: true };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

// Sets the size a part declares in the archive's central directory.
function declare(zip: Uint8Array, part: string, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
    const name = bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28));
    if (name === part) bytes.writeUInt32LE(size, at + 24);
  }
  return bytes;
}

const refusal = (bytes: Uint8Array) =>
  readWorkbook(file(bytes)).then(
    () => 'read',
    (error) => error,
  );

describe('readWorkbook', () => {
  it('reads the cells that hold something, where they are', async () => {
    const tables = await readWorkbook(file(await workbook({ E4: 'far', AZ9000: null })));
    expect(tables).toEqual([
      {
        name: 'FAQ',
        rows: [['id', 'en question', 'en answer'], ['founded', 'When was ICLEI founded?', 'In 1990.'], [], ['', '', '', '', 'far']],
        dates: new Set(),
      },
    ]);
  });

  it('refuses a sheet that declares cell XFD1048576, before building it', async () => {
    const error = await refusal(await workbook({ XFD1048576: 'x' }));
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.message).toMatch(
      /^\S+\.xlsx: error: it reaches cell XFD1048576, beyond the 1,000 columns and 200,000 rows faq:import reads/,
    );
    expect(error.message).toContain('delete the rows and columns after the table.');
  });

  it('refuses a far cell in a sheet that declares no extent', async () => {
    const parts = unzipSync(await workbook({ XFD1048576: 'x' }));
    const sheet = 'xl/worksheets/sheet1.xml';
    parts[sheet] = strToU8(strFromU8(parts[sheet]).replace(/<dimension [^>]*\/>/, ''));
    const error = await refusal(zipSync(parts));
    expect(error.message).toMatch(/^\S+\.xlsx: error: sheet "FAQ" it reaches cell XFD1048576/);
  });

  it('refuses a workbook that declares it unpacks to gigabytes, before unpacking it', async () => {
    const error = await refusal(declare(await workbook(), 'xl/sharedStrings.xml', 2 ** 31));
    expect(error.message).toMatch(/^\S+\.xlsx: error: it unpacks to 2048 MB, more than the 512 MB faq:import reads\./);
  });

  it('refuses a part that unpacks to more than it declares, and stops unpacking it there', async () => {
    const parts = unzipSync(await workbook());
    parts['xl/sharedStrings.xml'] = new Uint8Array(8 * 2 ** 20).fill(32);
    const error = await refusal(declare(zipSync(parts), 'xl/sharedStrings.xml', 1000));
    expect(error.message).toMatch(
      /^\S+\.xlsx: error: it is not a workbook that can be read: its part xl\/sharedStrings\.xml is damaged or larger than it declares\./,
    );
  });

  it('answers a file that is no workbook with one line', async () => {
    for (const bytes of [
      strToU8('id,en question\nfounded,When?\n'),
      zipSync({ 'hello.txt': strToU8('hello') }),
      readFileSync(file(await workbook())).subarray(0, 900),
    ]) {
      const error = await refusal(bytes);
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error.message).toMatch(/^\S+\.xlsx: error: it is not a workbook that can be read.*"npm run faq:export -- --out \S+\.xlsx"\.$/);
      expect(error.message).not.toContain('\n');
    }
  });

  it('writes a text that looks like a formula as text, which no spreadsheet runs, and reads it back as it was', async () => {
    const name = join(folder, 'formula.xlsx');
    const formula = '=HYPERLINK("https://evil.example","x")';
    await writeTables([
      {
        file: name,
        table: {
          name: 'FAQ',
          rows: [
            ['id', 'en answer'],
            ['founded', formula],
          ],
        },
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(name);
    expect(book.getWorksheet('FAQ')!.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect((await readWorkbook(name))[0].rows[1]).toEqual(['founded', formula]);
  });
});
