// faq:check and faq:build run on contributed data in CI, so a faq-data folder must not make
// them read, print or write anything outside it: not through a locale code or an index
// file name that climbs out, nor through a symbolic link. The editors' commands keep to
// the same folder rules.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SECRET = 'SECRET_TOKEN=do-not-print';

/** A copy of faq-data inside a sandbox that also holds a secret beside the folder. */
function sandbox() {
  const root = mkdtempSync(join(tmpdir(), 'faq-bounds-'));
  const folder = join(root, 'data', 'faq-data');
  mkdirSync(join(root, 'data'));
  cpSync('faq-data', folder, { recursive: true });
  writeFileSync(join(root, 'secret.json'), `{ "locale": "${SECRET}", "entries": [] }`);
  const manifest = (change: (manifest: Record<string, any>) => void) => {
    const data = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
    change(data);
    writeFileSync(join(folder, 'index.json'), JSON.stringify(data, null, 2));
  };
  return { root, folder, manifest };
}

const tool = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args]).then(
    ({ stdout, stderr }) => ({ out: stdout + stderr, code: 0 }),
    (error) => ({ out: `${error.stdout}${error.stderr}`, code: error.code as number }),
  );

describe('faq:check', () => {
  it('reports a locale code that is no BCP 47 tag, with its line, and reads no file by it', async () => {
    const { folder, manifest } = sandbox();
    manifest((data) => (data.locales['../../secret'] = 'Secret'));
    const { out, code } = await tool('faq-check.ts', folder);
    expect(code).toBe(1);
    const line =
      readFileSync(join(folder, 'index.json'), 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('../../secret')) + 1;
    expect(out).toContain(
      `index.json:${line}:5: error: "../../secret" is not a language code. ` +
        'Use a BCP 47 tag, such as "en", "pt-BR" or "zh-Hant"; the locale file is named after it.',
    );
    expect(out).not.toContain(SECRET);
  });

  it('reports a prebuilt index file outside the folder, and does not read it', async () => {
    const { folder, manifest } = sandbox();
    manifest((data) => (data.indexes = { en: { file: '../../secret.json', source: 'x' } }));
    const { out, code } = await tool('faq-check.ts', folder);
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(
        'index\\.json:\\d+:\\d+: error: The prebuilt index of "en" must be a \\.json file beside index\\.json, ' +
          'such as "en\\.index\\.json": "npm run faq:build" writes it so\\.',
      ),
    );
    expect(out).not.toContain(SECRET);
  });

  it('does not read or print a locale file that is a link to outside the folder', async () => {
    const { root, folder } = sandbox();
    rmSync(join(folder, 'en.json'));
    symlinkSync(join(root, 'secret.json'), join(folder, 'en.json'));
    const { out, code } = await tool('faq-check.ts', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      `${folder}/en.json: error: en.json is a link to a file outside the folder, ` +
        'which the tools do not read: put the file itself in the folder.',
    );
    expect(out).not.toContain(SECRET);
  });

  it('reports a translations/record.json that is a link to outside the folder, and does not read it', async () => {
    const { root, folder } = sandbox();
    rmSync(join(folder, 'translations', 'record.json'));
    symlinkSync(join(root, 'secret.json'), join(folder, 'translations', 'record.json'));
    const { out, code } = await tool('faq-check.ts', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      `${folder}/translations/record.json: error: translations/record.json is a link to a file outside the folder, ` +
        'which the tools do not read: put the file itself in the folder.',
    );
    expect(out).not.toContain('FolderError');
    expect(out).not.toContain(SECRET);
  });
});

describe("the editors' commands", () => {
  it('faq:import writes nothing outside the folder for a locale code that climbs out of it', async () => {
    const { root, folder, manifest } = sandbox();
    mkdirSync(join(root, 'outside'));
    const victim = readFileSync(join(folder, 'en.json'), 'utf8');
    writeFileSync(join(root, 'outside', 'victim.json'), victim);
    manifest((data) => (data.locales['../../outside/victim'] = 'Victim'));
    writeFileSync(join(root, 'faq.csv'), 'id,../../outside/victim question\nfounded,Overwritten?\n');
    const { out, code } = await tool('faq-import.ts', join(root, 'faq.csv'), '--data', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      'faq:import: index.json lists "../../outside/victim", which is no language code: run "npm run faq:check" for help.',
    );
    expect(readFileSync(join(root, 'outside', 'victim.json'), 'utf8')).toBe(victim);
  });

  it('faq:translated does not write translations/record.json through a link to outside the folder', async () => {
    const { root, folder } = sandbox();
    const target = join(root, 'record.json');
    writeFileSync(target, '{ "translatedFrom": {}, "sources": {} }');
    rmSync(join(folder, 'translations', 'record.json'));
    symlinkSync(target, join(folder, 'translations', 'record.json'));
    const { out, code } = await tool('faq-translated.ts', '--all', '--data', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      'faq:translated: translations/record.json is a link to a file outside the folder, ' +
        'which the tools do not read: put the file itself in the folder.',
    );
    expect(readFileSync(target, 'utf8')).toBe('{ "translatedFrom": {}, "sources": {} }');
  });

  it('faq:export does not read a locale file that is a link to outside the folder', async () => {
    const { root, folder } = sandbox();
    rmSync(join(folder, 'fr.json'));
    symlinkSync(join(root, 'secret.json'), join(folder, 'fr.json'));
    const { out, code } = await tool('faq-export.ts', '--out', join(root, 'faq.csv'), '--data', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      'faq:export: fr.json is a link to a file outside the folder, which the tools do not read: put the file itself in the folder.',
    );
    expect(existsSync(join(root, 'faq.csv'))).toBe(false);
  });
});

describe('faq:build', () => {
  it('writes nothing outside the folder for a locale code that climbs out of it', async () => {
    const { root, folder, manifest } = sandbox();
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'victim.json'), readFileSync(join(folder, 'en.json')));
    manifest((data) => (data.locales['../../outside/victim'] = 'Victim'));
    const { out, code } = await tool('faq-build.ts', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      'faq:build: index.json lists "../../outside/victim", which is no language code: run "npm run faq:check" for help.',
    );
    expect(existsSync(join(root, 'outside', 'victim.index.json'))).toBe(false);
  });

  it("does not write through a symbolic link in an index file's place", async () => {
    const { root, folder } = sandbox();
    const target = join(root, 'target.txt');
    writeFileSync(target, 'unchanged');
    symlinkSync(target, join(folder, 'en.index.json'));
    const { out, code } = await tool('faq-build.ts', folder);
    expect(code).toBe(1);
    expect(out).toContain(
      'faq:build: en.index.json is a symbolic link, which the tools do not write through: delete it and run the command again.',
    );
    expect(readFileSync(target, 'utf8')).toBe('unchanged');
  });
});
