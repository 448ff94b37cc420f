// `npm run faq:export` and `npm run faq:import` on a copy of faq-data: a round trip changes
// no byte, an edited cell changes one field, and mistakes are named by sheet, row and column.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/editor/csv';

const run = promisify(execFile);
// Each test starts several commands, which take some seconds each on a busy machine.
const SLOW = 60_000;

/** A copy of faq-data, and the commands run on it. */
function copy() {
  const folder = mkdtempSync(join(tmpdir(), 'faq-sheet-'));
  cpSync('faq-data', join(folder, 'data'), { recursive: true });
  const npm = (script: string, ...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args, '--data', join(folder, 'data')]).then(
      ({ stdout }) => ({ stdout, code: 0 }),
      (error) => ({ stdout: error.stdout as string, code: error.code as number }),
    );
  const files = () =>
    Object.fromEntries(
      ['', 'tests/'].flatMap((dir) =>
        readdirSync(join(folder, 'data', dir))
          .filter((name) => name.endsWith('.json'))
          .map((name) => [dir + name, readFileSync(join(folder, 'data', dir, name), 'utf8')]),
      ),
    );
  return { folder, npm, files, at: (name: string) => join(folder, name) };
}

const changedFiles = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(after).filter((name) => before[name] !== after[name]);

describe('faq:export and faq:import', () => {
  it(
    'export then import of a workbook changes no file, and one edited cell changes one field',
    async () => {
      const { npm, files, at } = copy();
      const before = files();
      expect((await npm('faq-export', '--out', at('faq.xlsx'))).stdout).toContain('16 entries in 7 languages');
      expect((await npm('faq-import', at('faq.xlsx'))).stdout).toContain('No changes');
      expect(files()).toEqual(before);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(at('faq.xlsx'));
      const sheet = workbook.getWorksheet('FAQ')!;
      const column = (sheet.getRow(1).values as string[]).indexOf('ko answer');
      const row = (sheet.getColumn(1).values as string[]).indexOf('founded');
      const old = sheet.getRow(row).getCell(column).value as string;
      sheet.getRow(row).getCell(column).value = 'ICLEI는 1990년에 설립되었습니다.';
      await workbook.xlsx.writeFile(at('faq.xlsx'));

      const { stdout, code } = await npm('faq-import', at('faq.xlsx'));
      expect(code).toBe(0);
      expect(stdout).toContain('ko.json');
      const after = files();
      expect(changedFiles(before, after)).toEqual(['ko.json']);
      expect(after['ko.json']).toBe(before['ko.json'].replace(JSON.stringify(old), JSON.stringify('ICLEI는 1990년에 설립되었습니다.')));
    },
    SLOW,
  );

  it(
    'writes CSV in UTF-8 with a byte order mark, test questions in a file of their own, and reads an edit back',
    async () => {
      const { npm, files, at } = copy();
      const before = files();
      await npm('faq-export', '--out', at('faq.csv'));
      const faq = readFileSync(at('faq.csv'), 'utf8');
      expect(faq.startsWith('\uFEFFid,en question,en answer,en alternates,en keywords,es question')).toBe(true);
      expect(faq).toContain('ICLEI는');
      expect((await npm('faq-import', at('faq.csv'))).stdout).toContain('No changes');
      expect(files()).toEqual(before);

      const tests = parseCsv(readFileSync(at('faq.tests.csv'), 'utf8'));
      expect(tests[0]).toEqual(['locale', 'question', 'expected answer']);
      tests.push(['fr', 'quand ICLEI est-il né', 'founded']);
      writeFileSync(at('faq.tests.csv'), toCsv(tests));
      await npm('faq-import', at('faq.csv'));
      const after = files();
      expect(changedFiles(before, after)).toEqual(['tests/fr.json']);
      expect(JSON.parse(after['tests/fr.json']).at(-1)).toEqual({ q: 'quand ICLEI est-il né', expect: ['founded'] });
      expect(after['tests/fr.json'].startsWith(before['tests/fr.json'].slice(0, -3))).toBe(true);
    },
    SLOW,
  );

  it(
    'refuses a CSV that a spreadsheet saved in an old code page, writes nothing, and says how to save it as CSV UTF-8',
    async () => {
      const { npm, files, at } = copy();
      const before = files();
      await npm('faq-export', '--out', at('faq.csv'));
      // What Excel's "CSV (Comma delimited)" makes of it: accents as single bytes, Korean as "?".
      const text = readFileSync(at('faq.csv'), 'utf8').replace(/^\uFEFF/, '');
      writeFileSync(at('faq.csv'), Buffer.from(text.replace(/[^\x00-\xff]/g, '?'), 'latin1'));
      const { stdout, code } = await run(process.execPath, [
        '--import',
        'tsx',
        'scripts/faq-import.ts',
        at('faq.csv'),
        '--data',
        at('data'),
      ]).then(
        () => ({ stdout: '', code: 0 }),
        (error) => ({ stdout: error.stderr as string, code: error.code as number }),
      );
      expect(code).toBe(1);
      expect(stdout).toContain('faq.csv: error: this file is not saved as UTF-8 text');
      expect(stdout).toContain('"CSV UTF-8 (Comma delimited)"');
      expect(stdout).toContain('Nothing was written.');
      expect(files()).toEqual(before);
    },
    SLOW,
  );

  it(
    'writes a cell that a spreadsheet would run as a formula with an apostrophe before it, and imports it back unchanged',
    async () => {
      const { npm, files, at, folder } = copy();
      const en = join(folder, 'data', 'en.json');
      const answer = '- first\n- second';
      writeFileSync(en, readFileSync(en, 'utf8').replace(/"answer": "[^"]*"/, `"answer": ${JSON.stringify(answer)}`));
      const before = files();
      await npm('faq-export', '--out', at('faq.csv'));
      expect(readFileSync(at('faq.csv'), 'utf8')).toContain(`"'- first\n- second"`);
      expect((await npm('faq-import', at('faq.csv'))).stdout).toContain('No changes');
      expect(files()).toEqual(before);
    },
    SLOW,
  );

  it(
    'answers a workbook naming cell XFD1048576, or one that is damaged, with one line, and writes nothing',
    async () => {
      const { files, at } = copy();
      const before = files();
      const book = new ExcelJS.Workbook();
      book.addWorksheet('FAQ').addRows([['id', 'en question', 'en answer']]);
      book.getWorksheet('FAQ')!.getCell('XFD1048576').value = 'x';
      await book.xlsx.writeFile(at('far.xlsx'));
      writeFileSync(at('damaged.xlsx'), readFileSync(at('far.xlsx')).subarray(0, 2000));
      for (const [name, says] of [
        ['far.xlsx', 'it reaches cell XFD1048576'],
        ['damaged.xlsx', 'it is not a workbook that can be read'],
      ]) {
        // Stopped if it takes long: the import used to build every cell up to XFD1048576, until memory ran out.
        const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/faq-import.ts', at(name), '--data', at('data')], {
          timeout: 45_000,
        }).catch((error) => error);
        expect(failed.code).toBe(1);
        expect(failed.stderr).toContain(`${name}: error: ${says}`);
        expect(failed.stderr).toMatch(/Nothing was written\.\n$/);
        expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(files()).toEqual(before);
    },
    SLOW,
  );

  it(
    'names the entries whose rows were deleted from the sheet, and deletes them in every language only with --delete-missing',
    async () => {
      const { npm, files, at } = copy();
      const before = files();
      await npm('faq-export', '--out', at('faq.csv'));
      const rows = parseCsv(readFileSync(at('faq.csv'), 'utf8'));
      writeFileSync(at('faq.csv'), toCsv(rows.filter((row) => row[0] !== 'founded')));

      const kept = await npm('faq-import', at('faq.csv'));
      expect(kept.code).toBe(0);
      expect(kept.stdout).toContain(
        'The sheet has no row for this entry, which the files keep: founded.\n' +
          'To delete them in every language, import again with --delete-missing; to keep them, add their rows back.',
      );
      expect(files()).toEqual(before);

      const deleted = await npm('faq-import', at('faq.csv'), '--delete-missing');
      expect(deleted.code).toBe(0);
      expect(deleted.stdout).toContain('Deleting in every language the entries that the sheet no longer has: founded.');
      const after = files();
      const locales = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];
      expect(changedFiles(before, after).sort()).toEqual(locales.map((locale) => `${locale}.json`).sort());
      for (const locale of locales) {
        const ids = (text: string) => JSON.parse(text).entries.map((entry: { id: string }) => entry.id);
        expect(ids(after[`${locale}.json`])).toEqual(ids(before[`${locale}.json`]).filter((id: string) => id !== 'founded'));
      }
    },
    SLOW,
  );

  it(
    'names each mistake by sheet, row and column, and writes nothing',
    async () => {
      const { npm, files, at } = copy();
      const before = files();
      await npm('faq-export', '--out', at('faq.xlsx'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(at('faq.xlsx'));
      const sheet = workbook.getWorksheet('FAQ')!;
      sheet.getRow(3).getCell(1).value = 'How To Join';
      sheet.getRow(4).getCell(3).value = '';
      sheet.getRow(1).getCell(6).value = 'de question';
      await workbook.xlsx.writeFile(at('faq.xlsx'));

      const { stdout, code } = await npm('faq-import', at('faq.xlsx'));
      expect(code).toBe(1);
      expect(stdout).toContain('faq.xlsx: error: sheet "FAQ", row 1, column F: "de question" is not a column this sheet can have');
      expect(stdout).toContain(
        'faq.xlsx: error: sheet "FAQ", row 3, column A ("id"): "How To Join": ' +
          'an id must be lower-case letters, digits and hyphens, such as "how-to-join".',
      );
      expect(stdout).toMatch(/faq\.xlsx: error: entry "[a-z-]+": sheet "FAQ", row 4, column C \("en answer"\): the answer is empty/);
      expect(stdout).toContain('nothing was written');
      expect(files()).toEqual(before);
    },
    SLOW,
  );
});
