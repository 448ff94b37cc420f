// The faq-data folder on the editor's computer, read and written through the File System
// Access API (Chromium and Edge): the page asks for the folder once, and writes only into it.
// Before a file is overwritten, its previous version is copied into .history/<time of the
// save>/ inside the folder (faq-data/README.md, "Edit in the page"), so that no save loses
// text, whatever the page's undo history has forgotten.

/** The part of the API the page uses, which TypeScript's DOM types do not all have yet. */
export interface DirectoryHandle {
  kind: 'directory';
  name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileSystemFileHandle>;
  entries(): AsyncIterable<[string, DirectoryHandle | FileSystemFileHandle]>;
}

// Saving over a file that changed on disk since the page read it would undo that change.
const CHANGED_ON_DISK =
  'it was changed in the folder since this page opened it, and saving would undo that change. ' +
  'Download your version of it, open the folder again, and make your changes there once more';

/** The folder in which each save keeps the previous versions of the files it overwrites. */
const HISTORY_FOLDER = '.history';

declare global {
  interface Window {
    showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite'; id?: string }) => Promise<DirectoryHandle>;
  }
}

/** Whether this browser can write into a folder the editor chooses. */
export const canWriteFolders = () => typeof window.showDirectoryPicker === 'function';

/** Asks the editor for a folder to read and write. */
export async function chooseFolder(): Promise<DirectoryHandle> {
  return await window.showDirectoryPicker!({ mode: 'readwrite', id: 'faq-data' });
}

/** The folder's JSON files by their name within it, such as `tests/en.json`; the history is left out. */
export async function readFolder(folder: DirectoryHandle, prefix = ''): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const [name, handle] of folder.entries()) {
    if (handle.kind === 'directory') {
      if (name === HISTORY_FOLDER || name.startsWith('.')) continue;
      for (const [inner, text] of await readFolder(handle as DirectoryHandle, `${prefix}${name}/`)) files.set(inner, text);
    } else if (name.endsWith('.json')) {
      files.set(prefix + name, await (await (handle as FileSystemFileHandle).getFile()).text());
    }
  }
  return files;
}

/** What a save did: the files written, and the one that could not be, with the browser's reason. */
export interface Saved {
  written: string[];
  /** `changed`: the file was changed on disk since the page read it; otherwise the browser refused. */
  failed?: { name: string; reason: string; changed?: true };
}

/** A file to save: its name, its new text, and the text the page read from disk (null: a new file). */
export type FileToSave = [name: string, text: string, read: string | null];

/**
 * Writes the files, each after copying its version on disk into the history. It stops at
 * the first file it cannot write, or that was changed on disk since the page read it (by
 * another program, or a colleague's copy): those are not touched, and stay to be saved.
 */
export async function saveFiles(folder: DirectoryHandle, files: FileToSave[], now = new Date()): Promise<Saved> {
  const stamp = now
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const written: string[] = [];
  for (const [name, text, read] of files) {
    try {
      const previous = await readFile(folder, name);
      if (previous !== read) return { written, failed: { name, reason: CHANGED_ON_DISK, changed: true } };
      if (previous !== null) await writeFile(folder, `${HISTORY_FOLDER}/${stamp}/${name}`, previous);
      await writeFile(folder, name, text);
      written.push(name);
    } catch (error) {
      return { written, failed: { name, reason: (error as Error).message || String(error) } };
    }
  }
  return { written };
}

async function readFile(folder: DirectoryHandle, name: string): Promise<string | null> {
  try {
    const { parent, file } = await place(folder, name, false);
    return await (await (await parent.getFileHandle(file)).getFile()).text();
  } catch (error) {
    if ((error as DOMException).name === 'NotFoundError') return null;
    throw error;
  }
}

async function writeFile(folder: DirectoryHandle, name: string, text: string): Promise<void> {
  const { parent, file } = await place(folder, name, true);
  const writable = await (await parent.getFileHandle(file, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
}

// The folder a file name within the folder lives in, made when `create` is set.
async function place(folder: DirectoryHandle, name: string, create: boolean): Promise<{ parent: DirectoryHandle; file: string }> {
  const parts = name.split('/');
  const file = parts.pop()!;
  let parent = folder;
  for (const part of parts) parent = await parent.getDirectoryHandle(part, { create });
  return { parent, file };
}
