// Translations that know their source: faq:check warns per locale when the English entry
// changed since it was translated, and faq:translated marks a reviewed translation.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { excerpts } from '../../src/check/staleTranslations';

const run = promisify(execFile);
// Each test starts several commands, which take some seconds each on a busy machine.
const SLOW = 60_000;
const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args]).then(({ stdout }) => stdout);
const stale = (output: string) => output.split('\n').filter((line) => line.includes('changed since this was translated'));

describe('translations that know their source', () => {
  it(
    'warns for each of the six translations of an entry whose English answer changed, until each is marked',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'faq-translated-'));
      cpSync('faq-data', folder, { recursive: true });
      expect(stale(await tsx('faq-check', folder))).toEqual([]);

      const en = join(folder, 'en.json');
      const answer = JSON.parse(readFileSync(en, 'utf8')).entries.find((entry: { id: string }) => entry.id === 'founded').answer as string;
      writeFileSync(en, readFileSync(en, 'utf8').replace(JSON.stringify(answer), JSON.stringify(answer.replace('1990', '1991'))));

      const warnings = stale(await tsx('faq-check', folder));
      expect(warnings.map((line) => line.slice(folder.length + 1, folder.length + 3)).sort()).toEqual(['es', 'fr', 'ja', 'ko', 'pt', 'zh']);
      for (const line of warnings) {
        expect(line).toContain(
          'warning: entry "founded": en.json changed since this was translated: the answer said "ICLEI began in **1990**, and it was',
        );
        expect(line).toContain('now "ICLEI began in **1991**, and it was');
      }
      expect(warnings.find((line) => line.includes('/ko.json:'))).toContain('run "npm run faq:translated -- ko founded".');

      // The Korean translator follows the change, then marks it.
      const ko = join(folder, 'ko.json');
      writeFileSync(ko, readFileSync(ko, 'utf8').replace('1990', '1991'));
      expect(await tsx('faq-translated', 'ko', 'founded', '--data', folder)).toContain(
        'ko: 1 entry marked as up to date with en.json: founded.',
      );
      const after = stale(await tsx('faq-check', folder));
      expect(after).toHaveLength(5);
      expect(after.join('\n')).not.toContain('/ko.json:');
    },
    SLOW,
  );
});

describe('faq:translated', () => {
  it(
    'lists what it marks, and refuses a stale entry whose translation did not change unless --force',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'faq-translated-'));
      cpSync('faq-data', folder, { recursive: true });
      const en = join(folder, 'en.json');
      writeFileSync(en, readFileSync(en, 'utf8').replace('ICLEI began in **1990**', 'ICLEI began in **1991**'));
      const record = join(folder, 'translations', 'record.json');
      const before = readFileSync(record, 'utf8');

      const refused = await tsx('faq-translated', 'es', '--data', folder).catch((error) => error);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('es: 0 entries marked as up to date with en.json. 15 entries already marked so.');
      expect(refused.stdout).toContain('Not marked, because en.json changed since they were marked and es.json did not: founded.');
      expect(JSON.parse(readFileSync(record, 'utf8')).translatedFrom).toEqual(JSON.parse(before).translatedFrom);
      expect(stale(await tsx('faq-check', folder)).filter((line) => line.includes('/es.json:'))).toHaveLength(1);

      expect(await tsx('faq-translated', 'es', 'founded', '--force', '--data', folder)).toContain(
        'es: 1 entry marked as up to date with en.json: founded.',
      );
      expect(stale(await tsx('faq-check', folder)).filter((line) => line.includes('/es.json:'))).toEqual([]);

      const fr = join(folder, 'fr.json');
      writeFileSync(fr, readFileSync(fr, 'utf8').replace('1990', '1991'));
      expect(await tsx('faq-translated', 'fr', '--data', folder)).toContain(
        'fr: 1 entry marked as up to date with en.json: founded. 15 entries already marked so.',
      );
    },
    SLOW,
  );

  it(
    'refuses a record that is not as it writes it with one line, and writes nothing',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'faq-translated-'));
      cpSync('faq-data', folder, { recursive: true });
      const record = join(folder, 'translations', 'record.json');
      writeFileSync(record, '{"translatedFrom": null, "sources": {}}\n');
      const failed = await tsx('faq-translated', 'fr', '--data', folder).catch((error) => error);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toBe(
        'faq:translated: translations/record.json is written by "npm run faq:translated" and is not as that command writes it ' +
          '("translatedFrom" must be an object, by locale): ' +
          'delete it and run "npm run faq:translated -- --all" after checking the translations.\n',
      );
      expect(readFileSync(record, 'utf8')).toBe('{"translatedFrom": null, "sources": {}}\n');
    },
    SLOW,
  );
});

describe('excerpts', () => {
  it('shows the changed words with a little of the text around them', () => {
    const before = `${'a'.repeat(50)} the old words ${'b'.repeat(50)}`;
    const after = `${'a'.repeat(50)} the new words ${'b'.repeat(50)}`;
    expect(excerpts(before, after)).toEqual([
      `…${'a'.repeat(25)} the old words ${'b'.repeat(23)}…`,
      `…${'a'.repeat(25)} the new words ${'b'.repeat(23)}…`,
    ]);
    expect(excerpts('short', 'shorter')).toEqual(['short', 'shorter']);
  });
});
