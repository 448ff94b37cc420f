// `npm run faq:build [-- <faq-data folder>]`: writes a search index beside each locale
// file and names it in the manifest with the sha256 of its source (contract section 4),
// so that a large FAQ is ready sooner: the widget loads the index instead of building it.
// The hash is of the file as it is, byte order mark and all, as the widget hashes it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readable } from '../src/check/readJson';
import { sha256 } from '../src/data/sha256';
import { validateLocaleFile, validateManifest } from '../src/data/validate';
import { countEntries } from '../src/search/FaqIndex';
import { pack } from '../src/search/prebuilt';

const folder = process.argv.slice(2).find((arg) => arg !== '--') ?? 'faq-data';
const manifestPath = join(folder, 'index.json');
const manifestText = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(readable(manifestText));
const indexes: Record<string, { file: string; source: string }> = {};
for (const locale of Object.keys(validateManifest(manifest, manifestPath).locales)) {
  const text = readFileSync(join(folder, `${locale}.json`), 'utf8');
  const { file } = validateLocaleFile(JSON.parse(readable(text)), `${locale}.json`, locale);
  const name = `${locale}.index.json`;
  const json = JSON.stringify(pack(await countEntries(file.entries, locale)));
  writeFileSync(join(folder, name), json);
  indexes[locale] = { file: name, source: await sha256(text) };
  console.log(`${join(folder, name)}: ${file.entries.length} entries, ${(json.length / 1024).toFixed(0)} KiB`);
}
// Only "indexes" changes; the rest of the manifest keeps its order.
manifest.indexes = indexes;
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifestPath}: names ${Object.keys(indexes).length} indexes.`);
