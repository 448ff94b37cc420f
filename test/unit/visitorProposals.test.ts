// Visitors' questions in the editing page: faq:misses' proposals, accepted as faq:misses --apply writes them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptProposal, isKnown, visitorProposals } from '../../src/preview/visitorProposals';

const LOCALES = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];

function shipped(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync('faq-data').filter((file) => file.endsWith('.json')))
    files.set(name, readFileSync(`faq-data/${name}`, 'utf8'));
  for (const name of readdirSync('faq-data/tests')) files.set(`tests/${name}`, readFileSync(`faq-data/tests/${name}`, 'utf8'));
  return files;
}

describe("visitors' questions in the editing page", () => {
  it('proposes as faq:misses does, and an accepted question becomes an alternate and a test question, and is then known', async () => {
    const files = shipped();
    const csv = 'question,locale,count\nwho pays for iclei,en,4\nhow do I pay a parking ticket,en,9\n';
    const { proposals, problems } = await visitorProposals('questions.csv', new TextEncoder().encode(csv), files, LOCALES, 'en');
    expect(problems).toEqual([]);
    // The parking ticket is a test question of the shipped FAQ already.
    expect(proposals.map(({ action, entry, group }) => [action, entry, group.question])).toEqual([
      ['alternate', 'what-is-iclei', 'who pays for iclei'],
    ]);
    const accepted = await acceptProposal(files, LOCALES, 'en', proposals[0], 'alternate');
    expect(accepted.problems).toEqual([]);
    expect([...accepted.files.keys()].filter((name) => accepted.files.get(name) !== files.get(name))).toEqual(['en.json', 'tests/en.json']);
    expect(JSON.parse(accepted.files.get('tests/en.json')!).at(-1)).toEqual({ q: 'who pays for iclei', expect: ['what-is-iclei'] });
    expect(isKnown(files, LOCALES, 'en', proposals[0])).toBe(false);
    expect(isKnown(accepted.files, LOCALES, 'en', proposals[0])).toBe(true);
  });

  it('does not add an alternate that would mislead a test question, and says which and how', async () => {
    const files = shipped();
    // An editor's slip: a question on ICLEI's aims accepted for the entry on when it was founded.
    const slip = {
      group: { question: 'what r the aims of iclei today', locale: 'en', count: 3, variants: [] },
      action: 'alternate' as const,
      entry: 'founded',
      answer: null,
      nearest: [],
    };
    const accepted = await acceptProposal(files, LOCALES, 'en', slip, 'alternate');
    expect(accepted.files).toBe(files);
    expect(accepted.problems).toHaveLength(1);
    expect(accepted.problems[0].message).toBe(
      '"what r the aims of iclei today" is not added as an alternate of founded: the chat would do worse by your test ' +
        'questions ("what r the aims of iclei" would get founded). Add it as a test question, or reword the entry.',
    );
  });

  it("says, in faq:misses' words, how it read a file that is not an export", async () => {
    const { proposals, problems } = await visitorProposals('notes.csv', new TextEncoder().encode('a,b\n1,2\n'), shipped(), LOCALES, 'en');
    expect(proposals).toEqual([]);
    expect(problems[0].message).toMatch(/^the columns are not named "question" and "count"/);
  });
});
