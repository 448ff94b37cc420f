// The checker reads every file through one `read`, which may refuse a file (a link out of
// the folder): each refused file is one problem with the reason, whichever part reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../src/check/checkFolder';
import { FolderError } from '../../src/check/folderFiles';
import { sha256 } from '../../src/data/sha256';
import { INDEX_VERSION } from '../../src/search/prebuilt';

const REFUSED = 'is a link to a file outside the folder, which the tools do not read: put the file itself in the folder.';

/** faq-data as checkFolder reads it, with some files changed, and `refused` ones refused. */
function reader(changed: Record<string, string>, refused: string[] = []) {
  return (name: string) => {
    if (refused.includes(name)) throw new FolderError(`${name} ${REFUSED}`);
    if (name in changed) return changed[name];
    try {
      return readFileSync(join('faq-data', name), 'utf8');
    } catch {
      return null;
    }
  };
}

describe('checkFolder', () => {
  it('reports a refused translations/record.json as a problem', async () => {
    const { problems } = await checkFolder(reader({}, ['translations/record.json']));
    expect(problems.filter((problem) => problem.file === 'translations/record.json')).toEqual([
      { level: 'error', file: 'translations/record.json', message: `translations/record.json ${REFUSED}` },
    ]);
  });

  it('reports a name given twice in translations/record.json', async () => {
    const record = '{ "translatedFrom": {}, "translatedFrom": {}, "sources": {} }';
    const { problems } = await checkFolder(reader({ 'translations/record.json': record }));
    expect(problems.filter((problem) => problem.file === 'translations/record.json').map((problem) => problem.message)).toEqual([
      '"translatedFrom" is given twice in the same object, and the widget uses the last one: keep one.',
    ]);
  });

  it('reports a refused piece of the answers of a prebuilt index once', async () => {
    const manifest = JSON.parse(readFileSync('faq-data/index.json', 'utf8'));
    manifest.indexes = { en: { file: 'en.index.json', source: await sha256(readFileSync('faq-data/en.json', 'utf8')) } };
    const index = { version: INDEX_VERSION, answers: { files: ['en.answers-0.json'] } };
    const read = reader({ 'index.json': JSON.stringify(manifest), 'en.index.json': JSON.stringify(index) }, ['en.answers-0.json']);
    const { problems } = await checkFolder(read);
    expect(problems.filter((problem) => problem.message.includes('en.answers-0.json')).map((problem) => problem.message)).toEqual([
      `en.answers-0.json ${REFUSED}`,
    ]);
  });

  it('reports an entry that a translation has and the default locale lacks, with the id meant when it looks like a typo', async () => {
    const es = readFileSync('faq-data/es.json', 'utf8')
      .replace('"id": "headquarters"', '"id": "headquarter"')
      .replace(
        '"entries": [',
        '"entries": [\n    { "id": "parking-tickets", "question": "¿Dónde pago una multa?", "answer": "En el ayuntamiento." },',
      );
    const { problems } = await checkFolder(reader({ 'es.json': es }));
    const line = (id: string) => es.split('\n').findIndex((text) => text.includes(`"id": "${id}"`)) + 1;
    expect(problems.filter((problem) => problem.message.includes('is not in en.json'))).toEqual([
      {
        level: 'warning',
        file: 'es.json',
        line: line('parking-tickets'),
        column: expect.any(Number),
        entry: 'parking-tickets',
        message:
          'The entry "parking-tickets" is not in en.json, and an entry has the same id in every language: ' +
          'if it was deleted from en.json, delete it here too; if it is new, add it to en.json.',
      },
      {
        level: 'warning',
        file: 'es.json',
        line: line('headquarter'),
        column: expect.any(Number),
        entry: 'headquarter',
        message:
          'The entry "headquarter" is not in en.json, and an entry has the same id in every language: ' +
          'did you mean "headquarters"? Correct the id.',
      },
    ]);
  });
});
