// The editing page's changes to a faq-data folder, on the shipped folder's texts.
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../src/check/checkFolder';
import { addEntry, changedFiles, deleteEntry, entriesOf, setField } from '../../src/preview/folderEdits';
import { LOCALES, shipped } from '../support/shippedFiles';

describe('setField', () => {
  it('changes one value in place, as a person would by hand', () => {
    const files = shipped();
    const before = entriesOf(files, 'fr').find((entry) => entry.id === 'founded')!.answer;
    const edited = setField(files, 'fr', 'en', 'founded', 'answer', 'En 1990, à New York.\n\n- Un congrès "mondial"');
    const original = files.get('fr.json')!;
    expect(edited.get('fr.json')).toBe(
      original.replace(JSON.stringify(before), JSON.stringify('En 1990, à New York.\n\n- Un congrès "mondial"')),
    );
    expect(changedFiles(edited, files)).toEqual(['fr.json']);
  });

  it('removes an optional field left empty, and keeps an empty question for the checker to name', () => {
    const files = shipped();
    const noKeywords = setField(files, 'en', 'en', 'founded', 'keywords', []);
    expect(entriesOf(noKeywords, 'en').find((entry) => entry.id === 'founded')).not.toHaveProperty('keywords');
    const noQuestion = setField(files, 'en', 'en', 'founded', 'question', '');
    expect(entriesOf(noQuestion, 'en').find((entry) => entry.id === 'founded')!.question).toBe('');
  });

  it('adds an entry a language lacks at the end, as faq:import adds it: id, question, answer, category', () => {
    let files: ReadonlyMap<string, string> = addEntry(shipped(), 'en', 'office-hours');
    files = setField(files, 'en', 'en', 'office-hours', 'category', 'about');
    files = setField(files, 'es', 'en', 'office-hours', 'answer', 'De 9 a 17.');
    const added = entriesOf(files, 'es').at(-1)!;
    expect(Object.keys(added)).toEqual(['id', 'question', 'answer', 'category']);
    expect(added).toEqual({ id: 'office-hours', question: '', answer: 'De 9 a 17.', category: 'about' });
    // As a person adds it by hand: after the last entry, in the file's indentation.
    const byHand = shipped()
      .get('es.json')!
      .replace(
        /\n {4}}\n {2}]\n}\n$/,
        [
          '\n    },\n    {',
          '      "id": "office-hours",',
          '      "question": "",',
          '      "answer": "De 9 a 17.",',
          '      "category": "about"',
          '    }\n  ]\n}\n',
        ].join('\n'),
      );
    expect(files.get('es.json')).toBe(byHand);
  });
});

describe('deleteEntry', () => {
  it('deletes an entry in every language with its tests, related ids, suggestions and records, and the folder still checks', async () => {
    const files = shipped();
    const deleted = deleteEntry(files, LOCALES, 'how-to-join');
    for (const locale of LOCALES) {
      const text = deleted.get(`${locale}.json`)!;
      expect(entriesOf(deleted, locale).map((entry) => entry.id)).not.toContain('how-to-join');
      expect(JSON.parse(text).suggestions ?? []).not.toContain('how-to-join');
      expect(entriesOf(deleted, locale).flatMap((entry) => entry.related ?? [])).not.toContain('how-to-join');
      expect(JSON.parse(deleted.get(`tests/${locale}.json`)!).flatMap((test: { expect: string[] }) => test.expect)).not.toContain(
        'how-to-join',
      );
    }
    expect(deleted.get('translations/record.json')).not.toContain('"how-to-join"');
    const report = await checkFolder((name) => deleted.get(name) ?? null);
    expect(report.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expect(report.coverage.every(({ missing }) => missing.length === 0)).toBe(true);
  });

  it('keeps a test question that expected another entry too, and takes the id out of lists as a person would by hand', () => {
    // Written as the shipped files are, where deleting lines by hand gives the same layout.
    const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    const entry = (id: string, related?: string[]) => ({ id, question: `${id}?`, answer: `${id}.`, ...(related && { related }) });
    const deleted = deleteEntry(
      new Map([
        ['en.json', text({ locale: 'en', suggestions: ['a', 'b'], entries: [entry('a'), entry('b', ['a', 'c']), entry('c', ['a'])] })],
        [
          'tests/en.json',
          text([
            { q: 'a or b', expect: ['a', 'b'] },
            { q: 'only a', expect: ['a'] },
          ]),
        ],
      ]),
      ['en'],
      'a',
    );
    expect(deleted.get('tests/en.json')).toBe(text([{ q: 'a or b', expect: ['b'] }]));
    expect(deleted.get('en.json')).toBe(text({ locale: 'en', suggestions: ['b'], entries: [entry('b', ['c']), entry('c')] }));
  });
});
