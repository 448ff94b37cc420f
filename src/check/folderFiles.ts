// The tools read and write the files of a faq-data folder, which may come from anyone: CI
// runs them on contributed data. A name such as "../../x", or a file that is a symbolic
// link to somewhere else, must not make them print or overwrite a file outside the folder.
import { closeSync, constants, openSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A folder or file that the tools cannot work with as it is; the message says why, in editors' words. */
export class FolderError extends Error {}

/** The files of one folder, by their names within it. */
export interface FolderFiles {
  /** The file's text, null when there is no such file; throws FolderError for a link out of the folder. */
  read(name: string): string | null;
  /** Writes the file, never through a symbolic link; throws FolderError. */
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
      try {
        // O_NOFOLLOW: a symbolic link in the file's place is an error, not a way out.
        const file = openSync(place(name), constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW);
        try {
          writeFileSync(file, text);
        } finally {
          closeSync(file);
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
        throw new FolderError(`${name} is a symbolic link, which the tools do not write through: delete it and run the command again.`);
      }
    },
    names: () => readdirSync(root),
    remove(name) {
      rmSync(place(name), { force: true });
    },
  };
}
