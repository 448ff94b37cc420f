// What the build, `npm start` and `npm run release` copy, serve or zip of a folder holds
// no symbolic link (README, "Security"). A link such as faq-data/logo.png ->
// /proc/self/environ would otherwise carry whatever it points at, secrets of the machine
// included, into dist/, the demo server and the release zip.
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FolderError } from './folderFiles';

const linkError = (path: string) =>
  new FolderError(`${path} is a symbolic link, which is never copied, served or released: put the file itself in its place.`);

// Every file and symbolic link under `folder`, as paths relative to it with `/`, never
// following a link; `skip` leaves a path out, with all that is under it.
function walk(folder: string, skip: (path: string) => boolean): { files: string[]; links: string[] } {
  const found = { files: [] as string[], links: [] as string[] };
  const visit = (at: string) => {
    for (const entry of readdirSync(join(folder, at), { withFileTypes: true })) {
      const path = at ? `${at}/${entry.name}` : entry.name;
      if (skip(path)) continue;
      if (entry.isSymbolicLink()) found.links.push(path);
      else if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) found.files.push(path);
    }
  };
  if (lstatSync(folder).isSymbolicLink()) throw linkError(folder);
  visit('');
  return found;
}

/** The symbolic links under `folder`, as paths relative to it, for faq:check to report. */
export function linksIn(folder: string): string[] {
  return walk(folder, () => false).links;
}

/**
 * Every file under `folder`, as paths relative to it with `/`, leaving out those `skip`
 * names. Throws FolderError naming the first symbolic link met.
 */
export function filesWithoutLinks(folder: string, skip: (path: string) => boolean = () => false): string[] {
  const { files, links } = walk(folder, skip);
  if (links.length > 0) throw linkError(join(folder, links[0]));
  return files;
}

/** Copies the files of `from` into `to`, as filesWithoutLinks lists them. */
export function copyWithoutLinks(from: string, to: string, skip?: (path: string) => boolean): void {
  for (const path of filesWithoutLinks(from, skip)) {
    mkdirSync(join(to, path, '..'), { recursive: true });
    copyFileSync(join(from, path), join(to, path));
  }
}

/**
 * The bytes of `name` inside `folder`, null when there is none. Throws FolderError when the
 * file, or a folder on its way, is a symbolic link, or the name leads out of the folder.
 */
export function readWithoutLinks(folder: string, name: string): Buffer | null {
  const root = realpathSync(folder);
  const path = join(root, name);
  if (!path.startsWith(root + sep)) throw new FolderError(`"${name}" is outside the folder ${folder}.`);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return null;
  }
  if (real !== path) throw linkError(join(folder, relative(root, path)));
  try {
    return readFileSync(real);
  } catch {
    // A folder of that name, or a file that may not be read, is no file to serve.
    return null;
  }
}
