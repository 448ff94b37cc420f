// `npm run faq:export` and `npm run faq:import` on a copy of faq-data: a round trip changes
// no byte, an edited cell changes one field, and mistakes are named by sheet, row and column.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
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
      expect(
        faq.startsWith(
          '\uFEFFid,category,related,en question,en answer,en alternates,en keywords,en link,' +
            'es question,es answer,es alternates,es keywords,es link,es status,fr question',
        ),
      ).toBe(true);
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
      sheet.getRow(4).getCell(5).value = '';
      sheet.getRow(1).getCell(6).value = 'de question';
      await workbook.xlsx.writeFile(at('faq.xlsx'));

      const { stdout, code } = await npm('faq-import', at('faq.xlsx'));
      expect(code).toBe(1);
      expect(stdout).toContain('faq.xlsx: error: sheet "FAQ", row 1, column F: "de question" is not a column this sheet can have');
      expect(stdout).toContain(
        'faq.xlsx: error: sheet "FAQ", row 3, column A ("id"): "How To Join": ' +
          'an id must be lower-case letters, digits and hyphens, such as "how-to-join".',
      );
      expect(stdout).toMatch(/faq\.xlsx: error: entry "[a-z-]+": sheet "FAQ", row 4, column E \("en answer"\): the answer is empty/);
      expect(stdout).toContain('nothing was written');
      expect(files()).toEqual(before);
    },
    SLOW,
  );
});

describe('the spreadsheet carries the rest', () => {
  const edit = (path: string, change: (file: { entries: Record<string, unknown>[] }) => void) => {
    const file = JSON.parse(readFileSync(path, 'utf8'));
    change(file);
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  };
  const find = (file: { entries: Record<string, unknown>[] }, id: string) => file.entries.find((entry) => entry.id === id)!;

  it(
    "carries category, related, link and each translation's status, and writes an edit of each back",
    async () => {
      const { npm, files, at, folder } = copy();
      const data = (name: string) => join(folder, 'data', name);
      edit(data('en.json'), (file) => {
        const founded = find(file, 'founded');
        founded.answer = `${founded.answer} Changed.`;
      });
      edit(data('zh.json'), (file) => {
        file.entries = file.entries.filter((entry) => entry.id !== 'agenda-21');
      });
      await npm('faq-export', '--out', at('faq.csv'));
      const rows = parseCsv(readFileSync(at('faq.csv'), 'utf8'));
      const [header] = rows;
      const cell = (id: string, title: string) => rows.find((row) => row[0] === id)![header.indexOf(title)];
      expect(header).not.toContain('en status');
      expect(cell('founded', 'category')).toBe('about');
      expect(cell('founded', 'es status')).toBe('stale');
      expect(cell('founded', 'ko status')).toBe('stale');
      expect(cell('members', 'es status')).toBe('');
      expect(cell('agenda-21', 'zh status')).toBe('missing');
      expect(cell('agenda-21', 'es status')).toBe('');

      const before = files();
      const set = (id: string, title: string, value: string) => {
        rows.find((row) => row[0] === id)![header.indexOf(title)] = value;
      };
      set('founded', 'category', 'international');
      set('founded', 'related', 'members\nhow-to-join');
      set('founded', 'en link', 'https://example.org/history');
      // A status typed over is read by no one.
      set('founded', 'es status', 'done');
      // A new entry, with its category.
      const row = header.map(() => '');
      row[0] = 'office-hours';
      row[header.indexOf('category')] = 'about';
      row[header.indexOf('en question')] = 'When is the office open?';
      row[header.indexOf('en answer')] = 'From 9 to 5.';
      rows.push(row);
      writeFileSync(at('faq.csv'), toCsv(rows));
      const imported = await npm('faq-import', at('faq.csv'));
      expect(imported.code).toBe(0);
      const after = files();
      const locales = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];
      expect(changedFiles(before, after).sort()).toEqual(locales.map((locale) => `${locale}.json`).sort());
      for (const locale of locales) {
        const founded = find(JSON.parse(after[`${locale}.json`]), 'founded');
        expect([locale, founded.category, founded.related]).toEqual([locale, 'international', ['members', 'how-to-join']]);
        expect(founded.url).toBe(
          locale === 'en' ? 'https://example.org/history' : find(JSON.parse(before[`${locale}.json`]), 'founded').url,
        );
      }
      expect(find(JSON.parse(after['en.json']), 'office-hours')).toEqual({
        id: 'office-hours',
        question: 'When is the office open?',
        answer: 'From 9 to 5.',
        category: 'about',
      });
      const checked = await npm('faq-check');
      expect(checked.stdout).not.toMatch(/error: entry "(founded|office-hours)"/);
    },
    SLOW,
  );

  it(
    'refuses a category that the FAQ does not have, naming the ones it has',
    async () => {
      const { npm, files, at } = copy();
      await npm('faq-export', '--out', at('faq.csv'));
      const rows = parseCsv(readFileSync(at('faq.csv'), 'utf8'));
      rows.find((row) => row[0] === 'founded')![rows[0].indexOf('category')] = 'History';
      writeFileSync(at('faq.csv'), toCsv(rows));
      const before = files();
      const { stdout, code } = await npm('faq-import', at('faq.csv'));
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /error: entry "founded": row \d+, column B \("category"\): "History" is not a category of en\.json: write one of "about"/,
      );
      expect(files()).toEqual(before);
    },
    SLOW,
  );

  it(
    'refuses .ods with the advice to save as .xlsx, in export and import, and an .ods under the name .xlsx',
    async () => {
      const { at, folder, files } = copy();
      const before = files();
      const command = (script: string, ...args: string[]) =>
        run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args, '--data', join(folder, 'data')]).catch((error) => error);
      const exported = await command('faq-export', '--out', at('faq.ods'));
      expect(exported.code).toBe(1);
      expect(exported.stderr).toContain(
        'faq.ods: error: faq:export writes an Excel workbook (.xlsx) or CSV, ' +
          `not an OpenDocument spreadsheet (.ods), of LibreOffice or OpenOffice. Export to "${at('faq.xlsx')}"`,
      );
      expect(readdirSync(folder)).not.toContain('faq.ods');

      const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
      writeFileSync(at('faq.ods'), ods);
      writeFileSync(at('renamed.xlsx'), ods);
      const imported = await command('faq-import', at('faq.ods'));
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain('faq.ods: error: this is an OpenDocument spreadsheet (.ods)');
      expect(imported.stderr).toContain('save it as "Excel 2007-365 (.xlsx)"');
      expect(imported.stderr).not.toContain('faq:export -- --out');
      const renamed = await command('faq-import', at('renamed.xlsx'));
      expect(renamed.code).toBe(1);
      expect(renamed.stderr).toContain('renamed.xlsx: error: this is an OpenDocument spreadsheet (.ods) under another name');
      expect(files()).toEqual(before);
    },
    SLOW,
  );

  it(
    'reports a cell that the spreadsheet turned into a date, in a workbook and in CSV, and writes nothing',
    async () => {
      const { npm, files, at, folder } = copy();
      edit(join(folder, 'data', 'en.json'), (file) => {
        (find(file, 'founded').keywords as string[]).push('4/3');
      });
      const before = files();

      await npm('faq-export', '--out', at('faq.csv'));
      const rows = parseCsv(readFileSync(at('faq.csv'), 'utf8'));
      const column = rows[0].indexOf('en keywords');
      const row = rows.find((cells) => cells[0] === 'founded')!;
      row[column] = row[column].replace('4/3', '2025-03-04');
      writeFileSync(at('faq.csv'), toCsv(rows));
      const csv = await npm('faq-import', at('faq.csv'));
      expect(csv.code).toBe(1);
      expect(csv.stdout).toMatch(
        /error: entry "founded": row \d+, column \w+ \("en keywords"\): "2025-03-04" is a date that the spreadsheet made/,
      );
      expect(files()).toEqual(before);

      await npm('faq-export', '--out', at('faq.xlsx'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(at('faq.xlsx'));
      const sheet = workbook.getWorksheet('FAQ')!;
      const answer = (sheet.getRow(1).values as string[]).indexOf('fr answer');
      const founded = (sheet.getColumn(1).values as string[]).indexOf('founded');
      // As Excel keeps a typed 4/3: the date's serial number, shown in a date format.
      sheet.getRow(founded).getCell(answer).value = new Date(Date.UTC(2025, 2, 4));
      sheet.getRow(founded).getCell(answer).numFmt = 'd/m';
      await workbook.xlsx.writeFile(at('faq.xlsx'));
      const xlsx = await npm('faq-import', at('faq.xlsx'));
      expect(xlsx.code).toBe(1);
      expect(xlsx.stdout).toContain(`sheet "FAQ", row ${founded}, column`);
      expect(xlsx.stdout).toContain('("fr answer"): "2025-03-04" is a date that the spreadsheet made of what was typed');
      expect(files()).toEqual(before);
    },
    SLOW,
  );
});
