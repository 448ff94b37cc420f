// `npm run faq:build` on a copy of faq-data: the indexes it writes are named in the
// manifest with the hash of their source, the checker finds them fresh, and the widget
// answers from them exactly as from an index built on the spot. One file starts with a
// byte order mark, as Windows Notepad writes it: browsers drop it, so the tools must too.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { readable } from '../../src/check/readJson';
import { FaqSource } from '../../src/data/FaqSource';
import { validateLocaleFile } from '../../src/data/validate';
import { createFaqIndex } from '../../src/search/FaqIndex';
import type { PrebuiltIndex } from '../../src/search/prebuilt';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';

const run = promisify(execFile);
const LOCALES = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];

it('writes an index per locale that the checker finds fresh and that answers as one built on the spot', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'faq-build-'));
  cpSync('faq-data', folder, { recursive: true });
  writeFileSync(join(folder, 'fr.json'), `\uFEFF${readFileSync(join(folder, 'fr.json'), 'utf8')}`);
  await run(process.execPath, ['--import', 'tsx', 'scripts/faq-build.ts', folder]);
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');

  const { indexes } = JSON.parse(read('index.json'));
  expect(Object.keys(indexes)).toEqual(LOCALES);
  for (const locale of LOCALES) {
    // The hash is of the bytes as served, which is what the widget hashes.
    const bytes = readFileSync(join(folder, `${locale}.json`));
    expect(indexes[locale]).toEqual({ file: `${locale}.index.json`, source: createHash('sha256').update(bytes).digest('hex') });
    const { entries } = validateLocaleFile(JSON.parse(readable(bytes.toString('utf8'))), locale, locale).file;
    const prebuilt: PrebuiltIndex = JSON.parse(read(`${locale}.index.json`));
    expect(prebuilt.ids).toEqual(entries.map((entry) => entry.id));
    const [loaded, built] = await Promise.all([createFaqIndex(entries, locale, prebuilt), createFaqIndex(entries, locale)]);
    for (const { q } of JSON.parse(read(`tests/${locale}.json`)) as { q: string }[]) {
      expect(loaded.search(q), q).toEqual(built.search(q));
    }
  }

  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/faq-check.ts', folder]);
  expect(stdout).not.toContain('prebuilt index');
}, 60_000);

it('puts the answers apart, so that the widget serves a locale from its index and fetches only the answers it shows', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'faq-build-'));
  cpSync('faq-data', folder, { recursive: true });
  // A piece of an earlier build, when the FAQ was larger, goes.
  writeFileSync(join(folder, 'en.answers-99.json'), '{}');
  await run(process.execPath, ['--import', 'tsx', 'scripts/faq-build.ts', folder]);
  expect(existsSync(join(folder, 'en.answers-99.json'))).toBe(false);
  expect(existsSync(join(folder, 'en.answers-0.json'))).toBe(true);
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  const { requested } = fetchFaqData(folder);
  for (const locale of LOCALES) {
    const { entries } = validateLocaleFile(JSON.parse(read(`${locale}.json`)), locale, locale).file;
    const prebuilt: PrebuiltIndex = JSON.parse(read(`${locale}.index.json`));
    expect(JSON.stringify(prebuilt.file)).not.toContain('"answer"');
    // Every answer is in its piece, in the order of the entries.
    const pieces = prebuilt.answers!.files.flatMap((name) => JSON.parse(read(name)).answers);
    expect(pieces).toEqual(entries.map((entry) => entry.answer));

    requested.length = 0;
    const loaded = await new FaqSource(DATA_URL).load(locale);
    expect(requested).toEqual([`${DATA_URL}index.json`, `${DATA_URL}${locale}.index.json`]);
    const built = await createFaqIndex(entries, locale);
    const { q } = JSON.parse(read(`tests/${locale}.json`))[0];
    const result = loaded.index.search(q);
    const ids = result.matches.map(({ id }) => id);
    expect(await loaded.answers!(ids)).toEqual(built.search(q).matches.map(({ answer }) => answer));
    // Only the pieces that hold those answers were fetched.
    const needed = new Set(ids.map((id) => Math.floor(entries.findIndex((entry) => entry.id === id) / prebuilt.answers!.per)));
    expect(requested.slice(2).sort()).toEqual([...needed].map((piece) => `${DATA_URL}${prebuilt.answers!.files[piece]}`).sort());
  }

  // A piece that did not reach the server is an error: those answers could not be shown.
  rmSync(join(folder, 'ko.answers-0.json'));
  const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/faq-check.ts', folder]).catch((error) => error);
  expect(failed.code).toBe(1);
  expect(failed.stdout).toMatch(/index\.json:\d+:\d+: error: ko\.answers-0\.json, a piece of the answers of ko\.index\.json, is missing/);
}, 60_000);
