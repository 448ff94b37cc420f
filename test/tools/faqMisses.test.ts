// `npm run faq:misses` on a copy of faq-data: proposals for what visitors asked, and the
// accepted ones applied as alternates and test questions.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/editor/csv';

const run = promisify(execFile);
// Each test starts several commands, which take some seconds each on a busy machine.
const SLOW = 60_000;

const QUESTIONS = `question,locale,count
who is in charge of iclei,en,4
Who is in charge of ICLEI?,en,2
who is in charge of icle,en,1
what services do you provide,en,3
who leads iclei,en,2
how can my town sign up,en,6
where can I renew my passport,en,5
opening hours of the library,en,2
when is the garbage collected,en,2
When did ICLEI start?,en,9
`;

describe('faq:misses', () => {
  it(
    'proposes alternates for paraphrases, test questions for answered ones, new entries for what no entry covers, ' +
      'and applies what the editor accepts',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'faq-misses-'));
      const data = join(folder, 'data');
      cpSync('faq-data', data, { recursive: true });
      writeFileSync(join(folder, 'questions.csv'), QUESTIONS);
      const misses = (...args: string[]) =>
        run(process.execPath, ['--import', 'tsx', 'scripts/faq-misses.ts', ...args, '--data', data]).then(({ stdout }) => stdout);

      const review = join(folder, 'review.csv');
      const proposed = await misses(join(folder, 'questions.csv'), '--out', review);
      expect(proposed).toContain('7× "who is in charge of iclei" (and 1 similar) [en]\n  today:    no answer\n');
      expect(proposed).toContain('10 questions in 8 groups; 1 already in the FAQ.');
      const rows = parseCsv(readFileSync(review, 'utf8'));
      const proposal = Object.fromEntries(rows.slice(1).map((row) => [row[5], `${row[1]} ${row[2]}`.trim()]));
      expect(proposal).toEqual({
        'who is in charge of iclei': 'alternate what-is-iclei',
        'what services do you provide': 'alternate member-benefits',
        'who leads iclei': 'alternate what-is-iclei',
        'how can my town sign up': 'test question how-to-join',
        'where can I renew my passport': 'new entry',
        'opening hours of the library': 'new entry',
        'when is the garbage collected': 'new entry',
      });
      expect(readFileSync(review, 'utf8').startsWith("\uFEFFaccept,action,entry,entry's question,locale,question")).toBe(true);
      // Each entry named with its question, and the nearest entries by confidence, the highest first.
      const leads = rows.find((row) => row[5] === 'who leads iclei')!;
      expect(leads[3]).toBe('What is ICLEI?');
      const scores = rows.slice(1).flatMap((row) =>
        row[8]
          .split('\n')
          .filter(Boolean)
          .map((line) => Number(line.split(' ')[1])),
      );
      expect(scores.length).toBeGreaterThan(10);
      for (const row of rows.slice(1)) {
        const nearest = row[8].split('\n').filter(Boolean);
        expect(nearest.map((line) => Number(line.split(' ')[1]))).toEqual(
          nearest.map((line) => Number(line.split(' ')[1])).sort((a, b) => b - a),
        );
        for (const line of nearest) expect(line).toMatch(/^[a-z0-9-]+ \d\.\d\d: \S.*\?$/);
      }

      // The editor accepts everything, and turns the passport into a question the FAQ should not answer.
      const marked = rows.map((row, index) => (index === 0 ? row : ['yes', ...row.slice(1)]));
      marked.find((row) => row[5] === 'where can I renew my passport')!.splice(1, 2, 'test question', '');
      writeFileSync(review, toCsv(marked));
      const before = readFileSync(join(data, 'en.json'), 'utf8');
      const applied = await misses('--apply', review);
      expect(applied).toContain(
        '[en] "who is in charge of iclei": no answer → what-is-iclei (as expected), now an alternate of what-is-iclei',
      );
      expect(applied).toContain('[en] "where can I renew my passport": no answer → no answer (as expected)');
      // The five accepted questions become test questions, each answered as expected.
      const [, passedBefore, passedAfter] = /\n {2}en {7}(\d+) of 83 → (\d+) of 88\n/.exec(applied) ?? [];
      expect(Number(passedAfter) - Number(passedBefore)).toBe(5);
      expect(applied).toContain(
        'No entry answers these yet. Write a new entry for them, and add them to its alternates:\n  [en] "opening hours of the library"',
      );

      const after = readFileSync(join(data, 'en.json'), 'utf8');
      const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
      expect(added.map((line) => line.trim())).toEqual([
        '"What is this ICLEI network I keep hearing about?",',
        '"who is in charge of iclei",',
        '"who leads iclei"',
        '"What is included in ICLEI membership?",',
        '"what services do you provide"',
      ]);
      expect(after.split('\n').length).toBe(before.split('\n').length + 3);
      const tests = JSON.parse(readFileSync(join(data, 'tests/en.json'), 'utf8'));
      expect(tests.slice(-5).map((test: { q: string; expect: string[] }) => `${test.q}: ${test.expect.join(' ')}`)).toEqual([
        'who is in charge of iclei: what-is-iclei',
        'how can my town sign up: how-to-join',
        'where can I renew my passport: ',
        'what services do you provide: member-benefits',
        'who leads iclei: what-is-iclei',
      ]);
    },
    SLOW,
  );

  it(
    'refuses an export in an old code page and writes no review file',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'faq-misses-'));
      writeFileSync(join(folder, 'questions.csv'), Buffer.from('question,count\nquand a été fondé ICLEI,3\n', 'latin1'));
      const failed = await run(process.execPath, [
        '--import',
        'tsx',
        'scripts/faq-misses.ts',
        join(folder, 'questions.csv'),
        '--out',
        join(folder, 'review.csv'),
      ]).catch((error) => error);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('questions.csv: error: this file is not saved as UTF-8 text');
      expect(existsSync(join(folder, 'review.csv'))).toBe(false);
    },
    SLOW,
  );

  it(
    "groups a big city's month of questions, 20,000 different ones, in seconds",
    async () => {
      // In a process of its own, so that the grouping can be stopped: comparing each question
      // with every group took 58 s for 8,000 questions, and would take minutes here.
      const script = [
        "import { groupQuestions } from './src/editor/groupQuestions.ts';",
        "import { askedQuestions } from './test/support/askedQuestions.ts';",
        'const questions = askedQuestions(5000, 3, 7);',
        'const groups = groupQuestions(questions);',
        'const counted = groups.reduce((sum, group) => sum + group.count, 0);',
        'console.log(JSON.stringify({ questions: questions.length, groups: groups.length, counted, leading: groups.slice(0, 2) }));',
      ].join('\n');
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 45_000 });
      const result = JSON.parse(stdout);
      expect(result.questions).toBe(20_000);
      expect(result.counted).toBe(5000 * 8);
      // Each question with its three typos, but for a few that share most of their letter pairs.
      expect(result.groups).toBeGreaterThan(4950);
      expect(result.groups).toBeLessThanOrEqual(5000);
      expect(result.leading[0]).toEqual({
        question: 'is there a chuxsty teangplong plaickeack',
        locale: 'en',
        count: 8,
        // Two of its typos happened to write the same letter as was there.
        variants: ['is there a zhuxsty teangplong plaickeack'],
      });
    },
    SLOW,
  );
});
