// The guarded reader and writer of a faq-data folder: a file in a subfolder, such as
// translations/record.json, is written inside the folder or not at all.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderError, folderFiles } from '../../src/check/folderFiles';

function sandbox() {
  const root = mkdtempSync(join(tmpdir(), 'faq-files-'));
  mkdirSync(join(root, 'faq-data'));
  mkdirSync(join(root, 'outside'));
  return { root, files: folderFiles(join(root, 'faq-data')) };
}

describe('folderFiles', () => {
  it('makes a missing subfolder to write a file in', () => {
    const { root, files } = sandbox();
    files.write('translations/record.json', '{}');
    expect(readFileSync(join(root, 'faq-data', 'translations', 'record.json'), 'utf8')).toBe('{}');
    expect(files.read('translations/record.json')).toBe('{}');
  });

  it('does not write through a subfolder that is a symbolic link', () => {
    const { root, files } = sandbox();
    symlinkSync(join(root, 'outside'), join(root, 'faq-data', 'translations'));
    expect(() => files.write('translations/record.json', '{}')).toThrow(
      new FolderError('translations is a symbolic link, which the tools do not write through: delete it and run the command again.'),
    );
    expect(existsSync(join(root, 'outside', 'record.json'))).toBe(false);
  });
});
