// The tools read and write the files of a faq-data folder, which may come from anyone: CI
// runs them on contributed data. A name such as "../../x", or a file that is a symbolic
// link to somewhere else, must not make them print or overwrite a file outside the folder.
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Manifest } from '../data/format';
import { isLocaleCode } from '../data/validate';

/** A folder or file that the tools cannot work with as it is; the message says why, in editors' words. */
export class FolderError extends Error {}

/** The files of one folder, by their names within it. */
export interface FolderFiles {
  /** The file's text, null when there is no such file; throws FolderError for a link out of the folder. */
  read(name: string): string | null;
  /** Writes the file, making its subfolder if need be, never through a symbolic link; throws FolderError. */
  write(name: string, text: string): void;
  /** The names of the files and folders in the folder itself. */
  names(): string[];
  /** Deletes the file, or a link in its place, never what a link leads to. */
  remove(name: string): void;
}

/** The files of `folder`, refusing names and links that lead out of it. */
export function folderFiles(folder: string): FolderFiles {
  const root = realpathSync(folder);
  const place = (name: string) => {
    const path = join(root, name);
    if (!path.startsWith(root + sep))
      throw new FolderError(`"${name}" is outside the folder ${folder}: the tools only use files inside it.`);
    return path;
  };
  const throughLink = (name: string) =>
    new FolderError(`${name} is a symbolic link, which the tools do not write through: delete it and run the command again.`);
  return {
    read(name) {
      let path: string;
      try {
        path = realpathSync(place(name));
      } catch (error) {
        if (error instanceof FolderError) throw error;
        return null;
      }
      if (!path.startsWith(root + sep)) {
        throw new FolderError(
          `${name} is a link to a file outside the folder, which the tools do not read: put the file itself in the folder.`,
        );
      }
      try {
        return readFileSync(path, 'utf8');
      } catch {
        // A folder of that name, or a file that may not be read, is no data file.
        return null;
      }
    },
    write(name, text) {
      const path = place(name);
      // A subfolder, such as translations/, is made one level at a time, so that none of
      // them is a link that leads the file out of the folder.
      let subfolder = root;
      for (const part of relative(root, dirname(path)).split(sep).filter(Boolean)) {
        subfolder = join(subfolder, part);
        try {
          mkdirSync(subfolder);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        if (lstatSync(subfolder).isSymbolicLink()) throw throughLink(relative(root, subfolder));
      }
      try {
        // O_NOFOLLOW: a symbolic link in the file's place is an error, not a way out.
        const file = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW);
        try {
          writeFileSync(file, text);
        } finally {
          closeSync(file);
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
        throw throughLink(name);
      }
    },
    names: () => readdirSync(root),
    remove(name) {
      rmSync(place(name), { force: true });
    },
  };
}

/**
 * The locales of a manifest. Each names its files, so a code that is no language tag, such
 * as "../x", is refused: it would lead out of the folder.
 */
export function localeCodes(manifest: Manifest): string[] {
  const locales = Object.keys(manifest.locales);
  const wrong = locales.filter((locale) => !isLocaleCode(locale));
  if (wrong.length > 0) {
    // "npm run faq:check" says more about a wrong one, with its line.
    const message =
      `index.json lists ${wrong.map((code) => `"${code}"`).join(', ')}, ` +
      `which ${wrong.length === 1 ? 'is no language code' : 'are no language codes'}: run "npm run faq:check" for help.`;
    throw new FolderError(message);
  }
  return locales;
}
