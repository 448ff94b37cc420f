// What faq:check says, placed on the editing page's cells and fields.
import { describe, expect, it } from 'vitest';
import { linkProblem } from '../../src/check/linkProblem';
import { setField, withText } from '../../src/preview/folderEdits';
import { cellKey, entryIds, folderStatus } from '../../src/preview/folderStatus';
import { LOCALES, shipped } from '../support/shippedFiles';

describe('folderStatus', () => {
  it('puts a problem beside its field, a changed source on each translation, and a failing test on the entry it expects', async () => {
    let files: ReadonlyMap<string, string> = setField(shipped(), 'es', 'en', 'founded', 'url', 'example.org/contact');
    files = setField(files, 'en', 'en', 'members', 'answer', 'Over 2,500 **cities**.');
    const tests = JSON.parse(files.get('tests/en.json')!);
    files = withText(files, 'tests/en.json', JSON.stringify([...tests, { q: 'zebra crossing rules', expect: ['founded'] }], null, 2));
    const { cells } = await folderStatus(files, LOCALES);

    const es = cells.get(cellKey('es', 'founded'))!;
    expect(es.problems).toContainEqual(
      expect.objectContaining({ field: 'url', level: 'error', message: linkProblem('example.org/contact') }),
    );
    expect(cells.get(cellKey('ko', 'members'))!.stale?.message).toMatch(/^en\.json changed since this was translated: the answer said/);
    expect(cells.get(cellKey('en', 'members'))?.stale).toBeUndefined();
    expect(cells.get(cellKey('en', 'founded'))!.failing.map((problem) => problem.message)).toContain(
      '"zebra crossing rules" → got no answer, expected "founded": the first match is "un-relationship" ' +
        '("What is ICLEI\'s relationship with the United Nations?"), which now competes with it.',
    );
  });

  it('marks an entry a language lacks as missing, and lists it among the ids', async () => {
    const files = setField(shipped(), 'en', 'en', 'office-hours', 'question', 'When is the office open?');
    const { cells } = await folderStatus(files, LOCALES);
    expect(cells.get(cellKey('fr', 'office-hours'))!.missing).toBe(true);
    expect(entryIds(files, LOCALES, 'en').at(-1)).toBe('office-hours');
  });
});
