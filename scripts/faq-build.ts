// `npm run faq:build [-- <faq-data folder>]`: writes a search index beside each locale
// file and names it in the manifest with the sha256 of its source (README, "Large FAQs"),
// so that a large FAQ is ready sooner: the widget loads the index instead of building it.
// The index holds the locale file without its answers, which go into pieces beside it,
// fetched as they are shown: a visitor's first answer waits for no file of all answers.
// Each piece names the ids of its entries, so that the widget refuses one of another build.
// The hash is of the file as it is, byte order mark and all: the widget does not use it,
// but faq:check compares it with the locale file to tell an index built from an older one.
// It reads and writes only inside the folder, never through a symbolic link: CI may run it
// on contributed data.
import { join } from 'node:path';
import { folderFiles, FolderError, localeCodes } from '../src/check/folderFiles';
import { readable } from '../src/check/readJson';
import { sha256 } from '../src/data/sha256';
import { validateLocaleFile, validateManifest } from '../src/data/validate';
import { prebuild } from '../src/search/FaqIndex';

const folder = process.argv.slice(2).find((arg) => arg !== '--') ?? 'faq-data';
const files = folderFiles(folder);

/** A file's text, or the reason it cannot be had. */
function read(name: string): string {
  const text = files.read(name);
  if (text === null) throw new FolderError(`${join(folder, name)} is missing.`);
  return text;
}

try {
  const manifest = JSON.parse(readable(read('index.json')));
  const locales = localeCodes(validateManifest(manifest, join(folder, 'index.json')));
  const indexes: Record<string, { file: string; source: string }> = {};
  for (const locale of locales) {
    const text = read(`${locale}.json`);
    const { file } = validateLocaleFile(JSON.parse(readable(text)), `${locale}.json`, locale);
    const name = `${locale}.index.json`;
    const { index, pieces } = await prebuild(file, locale);
    const json = JSON.stringify(index);
    files.write(name, json);
    for (const [piece, answers] of pieces) files.write(piece, JSON.stringify(answers));
    // Pieces of an earlier build that this one no longer has would only mislead.
    const earlier = new RegExp(`^${locale}\\.answers-\\d+\\.json$`);
    for (const name of files.names()) if (earlier.test(name) && !pieces.has(name)) files.remove(name);
    indexes[locale] = { file: name, source: await sha256(text) };
    console.log(
      `${join(folder, name)}: ${file.entries.length} entries, ${(json.length / 1024).toFixed(0)} KiB; ` +
        `their answers in ${pieces.size} ${pieces.size === 1 ? 'piece' : 'pieces'}`,
    );
  }
  // Only "indexes" changes; the rest of the manifest keeps its order.
  manifest.indexes = indexes;
  files.write('index.json', `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${join(folder, 'index.json')}: names ${Object.keys(indexes).length} indexes.`);
} catch (error) {
  if (!(error instanceof FolderError)) throw error;
  console.error(`faq:build: ${error.message}`);
  process.exitCode = 1;
}
