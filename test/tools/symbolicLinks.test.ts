// A symbolic link in faq-data, such as logo.png -> /proc/self/environ, must not carry what
// it points at into dist/, npm start or a release zip: each refuses it, naming the file.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FolderError } from '../../src/check/folderFiles';
import { copyWithoutLinks, filesWithoutLinks, linksIn, readWithoutLinks } from '../../src/check/withoutLinks';

const run = promisify(execFile);
const SECRET = 'FAQ_SECRET=do-not-ship';

// A faq-data folder with a secret beside it and a link to that secret inside it.
function sandbox(link = 'logo.png') {
  const root = mkdtempSync(join(tmpdir(), 'faq-links-'));
  writeFileSync(join(root, 'secret.txt'), SECRET);
  mkdirSync(join(root, 'faq-data', 'tests'), { recursive: true });
  writeFileSync(join(root, 'faq-data', 'index.json'), '{}');
  writeFileSync(join(root, 'faq-data', 'tests', 'en.json'), '[]');
  symlinkSync(join(root, 'secret.txt'), join(root, 'faq-data', link));
  return root;
}

const refused = (path: string) =>
  new FolderError(`${path} is a symbolic link, which is never copied, served or released: put the file itself in its place.`);

describe('copying, listing and reading a folder', () => {
  it('refuses a link when copying, names it, and copies nothing it points at', () => {
    const root = sandbox('tests/logo.png');
    expect(() => copyWithoutLinks(join(root, 'faq-data'), join(root, 'dist'))).toThrow(refused(join(root, 'faq-data', 'tests/logo.png')));
    expect(existsSync(join(root, 'dist', 'tests', 'logo.png'))).toBe(false);
  });

  it('copies a folder without links whole, and lists its links for faq:check', () => {
    const root = sandbox();
    expect(linksIn(join(root, 'faq-data'))).toEqual(['logo.png']);
    expect(filesWithoutLinks(join(root, 'faq-data'), (path) => path === 'logo.png').sort()).toEqual(['index.json', 'tests/en.json']);
    copyWithoutLinks(join(root, 'faq-data'), join(root, 'dist'), (path) => path === 'logo.png');
    expect(readFileSync(join(root, 'dist', 'tests', 'en.json'), 'utf8')).toBe('[]');
  });

  it('serves no file through a link, nor through a folder that is one', () => {
    const root = sandbox();
    symlinkSync(join(root, 'faq-data', 'tests'), join(root, 'faq-data', 'more'));
    expect(() => readWithoutLinks(join(root, 'faq-data'), 'logo.png')).toThrow(refused(join(root, 'faq-data', 'logo.png')));
    expect(() => readWithoutLinks(join(root, 'faq-data'), 'more/en.json')).toThrow(refused(join(root, 'faq-data', 'more/en.json')));
    expect(String(readWithoutLinks(join(root, 'faq-data'), 'tests/en.json'))).toBe('[]');
    expect(readWithoutLinks(join(root, 'faq-data'), 'none.json')).toBeNull();
  });
});

describe('the tools', () => {
  it('npm run release refuses a link in dist/ and writes no folder or zip', async () => {
    const root = sandbox();
    cpSync('dist', join(root, 'dist'), { recursive: true, filter: (source) => !source.includes('faq-data') });
    symlinkSync(join(root, 'secret.txt'), join(root, 'dist', 'logo.png'));
    const failed = await run(
      process.execPath,
      ['--import', resolve('node_modules/tsx/dist/loader.mjs'), resolve('scripts/release.ts'), '--out', 'release'],
      { cwd: root },
    ).then(
      () => null,
      (error) => error as { code: number; stderr: string },
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`release: ${refused(join('dist', 'logo.png')).message}`);
    expect(existsSync(join(root, 'release')) ? readdirSync(join(root, 'release')) : []).toEqual([]);
  });

  it('faq:check reports a link in the folder as an error', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'faq-links-check-'));
    cpSync('faq-data', folder, { recursive: true });
    symlinkSync('/proc/self/environ', join(folder, 'logo.png'));
    const result = await run(process.execPath, ['--import', 'tsx', 'scripts/faq-check.ts', folder]).then(
      ({ stdout }) => ({ stdout, code: 0 }),
      (error) => ({ stdout: error.stdout as string, code: error.code as number }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${join(folder, 'logo.png')}: error: This file is a symbolic link`);
  });
});
