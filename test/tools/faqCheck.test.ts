// `npm run faq:check` on a broken copy of faq-data: one test per kind of mistake, each with
// the exact message an editor reads and the exit code.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH } from '../../src/data/format';

const run = promisify(execFile);

/** Copies faq-data, lets `edit` rewrite its files (in UTF-8 unless told), and runs the checker on the copy. */
async function check(
  edit: (file: (name: string, change: (text: string) => string, encoding?: BufferEncoding) => void) => void,
  ...flags: string[]
) {
  const folder = mkdtempSync(join(tmpdir(), 'faq-check-'));
  cpSync('faq-data', folder, { recursive: true });
  edit((name, change, encoding = 'utf8') => writeFileSync(join(folder, name), change(readFileSync(join(folder, name), 'utf8')), encoding));
  const result = await run(process.execPath, ['--import', 'tsx', 'scripts/faq-check.ts', folder, ...flags]).then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error) => ({ stdout: error.stdout as string, code: error.code as number }),
  );
  const lineOf = (name: string, needle: string) =>
    readFileSync(join(folder, name), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1;
  return { ...result, folder, lineOf };
}

describe('faq:check', () => {
  it('passes the shipped data with exit code 0 and no warning', async () => {
    const { stdout, code } = await check(() => {});
    expect(code).toBe(0);
    // An editor who starts from the shipped data sees their own warnings and nobody else's.
    expect(stdout).toMatch(/\n0 errors, 0 warnings\.\n$/);
    expect(stdout).toMatch(/\n {2}en {7}83 of 83\n/);
    // No off-topic test question is answered: "il va pleuvoir demain ?" got the UN answer.
    expect(stdout).not.toContain('expected no answer');
  });

  it('reads a file that starts with a byte order mark, as browsers do, and still places mistakes', async () => {
    const clean = await check((file) => file('en.json', (text) => `\uFEFF${text}`));
    expect(clean.code).toBe(0);
    const broken = await check((file) => file('en.json', (text) => `\uFEFF${text.replace('"answer": "', '"answer": 42, "x": "')}`));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`${broken.folder}/en.json:${broken.lineOf('en.json', '"answer": 42')}:`);
  });

  it('names a file saved in another encoding than UTF-8, and how to save it', async () => {
    const utf16 = await check((file) => file('es.json', (text) => `\uFEFF${text}`, 'utf16le'));
    expect(utf16.code).toBe(1);
    expect(utf16.stdout).toContain(
      `${utf16.folder}/es.json: error: es.json is not saved as UTF-8: ` +
        'it looks like UTF-16, which Windows Notepad calls "Unicode". Save it again as UTF-8.\n',
    );
    const latin1 = await check((file) => file('es.json', (text) => text, 'latin1'));
    expect(latin1.code).toBe(1);
    expect(latin1.stdout).toContain(
      `${latin1.folder}/es.json:${latin1.lineOf('es.json', '"greeting"')}:16: ` +
        'error: es.json is not saved as UTF-8: a character here cannot be read',
    );
    // The other locales are checked as usual.
    expect(latin1.stdout).toContain('  fr       ');
  });

  it('names the line and column of a trailing comma, with the line to fix', async () => {
    const { stdout, code, folder } = await check((file) => file('en.json', (text) => text.replace('"\n      ],', '",\n      ],')));
    expect(code).toBe(1);
    const line = readFileSync(join(folder, 'en.json'), 'utf8').split('\n').indexOf('      ],') + 1;
    expect(stdout).toContain(
      `${folder}/en.json:${line}:7: error: JSON syntax: ` +
        'a comma before a closing bracket is not allowed: remove the comma after the last item.',
    );
    expect(stdout).toContain(`  ${line} |       ],\n`);
  });

  it('names a missing comma', async () => {
    const { stdout, code } = await check((file) => file('fr.json', (text) => text.replace('"locale": "fr",', '"locale": "fr"')));
    expect(code).toBe(1);
    expect(stdout).toMatch(/fr\.json:4:3: error: JSON syntax: a comma is missing between two items\./);
  });

  it('names the entry and field that break the schema', async () => {
    const { stdout, code, lineOf } = await check((file) =>
      file('es.json', (text) =>
        text
          .replace('"id": "founded",', '"id": "founded",\n      "answr": "typo",')
          .replace('"category": "membership"', '"category": "membresia"'),
      ),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      `es.json:${lineOf('es.json', '"answr"')}:7: error: entry "founded": "answr" is not a known field of an entry ` +
        '(known: "id", "question", "answer", "category", "alternates", "keywords", "related", "url"). Is it misspelled?',
    );
    expect(stdout).toContain(
      `error: entry "why-join": The category "membresia" is not in "categories" ("about", "membership", "international").`,
    );
  });

  it('reports a name given twice in one object, of which JSON keeps the last', async () => {
    const { stdout, code, lineOf } = await check((file) =>
      file('en.json', (text) => text.replace('"answer": "', '"answer": "An older text.", "answer": "')),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `en\\.json:${lineOf('en.json', 'An older text.')}:\\d+: ` +
          'error: "answer" is given twice in the same object, and the widget uses the last one: keep one\\.',
      ),
    );
  });

  it('reports an id used twice', async () => {
    const { stdout, code, lineOf } = await check((file) =>
      file('pt.json', (text) => text.replace('"id": "headquarters"', '"id": "structure"')),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      `error: entry "structure": The id "structure" is used twice (first on line ${lineOf('pt.json', '"id": "structure"')}); ` +
        'ids must be unique. The widget keeps the first.',
    );
  });

  it('reports related ids that do not exist', async () => {
    const { stdout, code } = await check((file) =>
      file('ko.json', (text) => text.replace(/"related": \[\n(\s+)"what-iclei-does"/, '"related": [\n$1"what-iclei-did"')),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/ko\.json:\d+:9: error: entry "what-is-iclei": The related id "what-iclei-did" is not an entry of this file\./);
  });

  it('reports unsafe and malformed links', async () => {
    const { stdout, code } = await check((file) =>
      file('en.json', (text) =>
        text
          .replace('[Learn more about ICLEI](https://iclei.org/)', '[Learn more](javascript:alert(1))')
          .replace(
            '"url": "https://iclei.org/"\n    },\n    {\n      "id": "members"',
            '"url": "https://iclei.org/a b"\n    },\n    {\n      "id": "members"',
          ),
      ),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      'error: entry "what-is-iclei": The link "javascript:alert(1)" is not allowed: ' +
        'a link must start with https:, http:, mailto: or tel:, or be relative, such as /contact.',
    );
    expect(stdout).toContain(
      'error: entry "what-iclei-does": The link "https://iclei.org/a b" contains a space or line break; write spaces as %20.',
    );
  });

  it('reports web addresses that browsers cannot read, in links, entries and the contact', async () => {
    const { stdout, code, lineOf } = await check((file) =>
      file('es.json', (text) =>
        text
          .replace('"url": "https://iclei.org/"\n  },', '"url": "https://["\n  },')
          .replace('[Conoce más sobre ICLEI](https://iclei.org/)', '[Más](https://999.1.1.1/)')
          .replace(
            '"url": "https://iclei.org/"\n    },\n    {\n      "id": "members"',
            '"url": "http://"\n    },\n    {\n      "id": "members"',
          ),
      ),
    );
    expect(code).toBe(1);
    const message = (url: string) =>
      `The link "${url}" is not a complete web address, and browsers cannot open it: ` +
      'write it in full, such as https://example.org/contact.';
    expect(stdout).toContain(`es.json:${lineOf('es.json', '"https://["')}:12: error: ${message('https://[')}`);
    expect(stdout).toMatch(
      new RegExp(
        `es\\.json:${lineOf('es.json', '999.1.1.1')}:\\d+: error: entry "what-is-iclei": ${escapeRegExp(message('https://999.1.1.1/'))}`,
      ),
    );
    expect(stdout).toContain(`es.json:${lineOf('es.json', '"http://"')}:14: error: entry "what-iclei-does": ${message('http://')}`);
  });

  it('reports $t( in a ui text, which would nest other texts', async () => {
    const { stdout, code, lineOf } = await check((file) =>
      file('fr.json', (text) => text.replace('"close": "Fermer"', '"close": "$t(clear) $t(clear)"')),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      `fr.json:${lineOf('fr.json', '$t(clear)')}:14: error: "close" contains "$t(", which the widget does not allow: ` +
        'write the words out. Only {{…}} placeholders, as in the English text, are filled in.',
    );
  });

  it(`reports an answer over ${MAX_ANSWER_LENGTH.toLocaleString('en')} characters, the most the widget shows`, async () => {
    const { stdout, code, lineOf } = await check((file) =>
      file('pt.json', (text) => text.replace('"answer": "', `"answer": "${'x'.repeat(MAX_ANSWER_LENGTH)}`)),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `pt\\.json:${lineOf('pt.json', 'xxxx')}:17: error: entry "what-is-iclei": ` +
          'The answer has 10,\\d{3} characters, more than the 10,000 the widget shows: shorten it, or link to a page with the rest\\.',
      ),
    );
  });

  it('reports lists nested thousands of levels deep, with their place, instead of crashing', async () => {
    const { stdout, code } = await check((file) =>
      file('ko.json', (text) => text.replace('"entries": [', `"junk": ${'['.repeat(5_000)}${']'.repeat(5_000)},\n  "entries": [`)),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        'ko\\.json:\\d+:\\d+: error: Lists and objects are nested more than 100 levels deep here, far more than a FAQ file needs: ' +
          'look for \\[ or \\{ that should not be there\\.',
      ),
    );
    expect(stdout).toContain('  ja       ');
  });

  it('reports an empty answer', async () => {
    const { stdout, code } = await check((file) =>
      file('ja.json', (text) => text.replace(/("id": "agenda-21",\n\s+"question": "[^"]+",\n\s+"answer": )"[^"]*"/, '$1"  "')),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/ja\.json:\d+:\d+: error: entry "agenda-21": The answer is empty; write it as a text in quotes\./);
  });

  it('warns, with exit code 0, about missing translations, failing test questions and stale indexes', async () => {
    const { stdout, code } = await check((file) => {
      file('zh.json', (text) =>
        text.replace(/,\n\s+"agenda-21"/g, '').replace(/,\n {4}\{\n {6}"id": "agenda-21"[\s\S]*?\n {4}\}\n {2}\]/, '\n  ]'),
      );
      file('tests/en.json', (text) => text.replace('[', '[\n  { "q": "how do I renew my passport", "expect": ["how-to-join"] },'));
      file('index.json', (text) =>
        text.replace('"version": 1,', '"version": 1,\n  "indexes": { "en": { "file": "en.index.json", "source": "0000" } },'),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toContain('zh.json: warning: 1 entry of en.json is not translated yet: agenda-21.');
    expect(stdout).toMatch(/tests\/en\.json:2:\d+: warning: "how do I renew my passport" → got no answer, expected "how-to-join"[.:]/);
    expect(stdout).toMatch(
      /index\.json:\d+:\d+: warning: The prebuilt index en\.index\.json was built from an older en\.json, and the widget serves/,
    );
    expect(stdout).toContain('  zh       agenda-21');
  });

  it('names the entry that now competes with the expected one when a test question starts failing', async () => {
    // A new entry that visitors asking what ICLEI is would now find first.
    const rival = {
      id: 'iclei-explained',
      question: "Whats ICLEI? I've never heard of it before: explain what this organisation actually is",
      answer: 'A new entry.',
      category: 'about',
    };
    const { stdout, code } = await check((file) =>
      file('en.json', (text) => text.replace(/\n {2}\]\n\}\n?$/, `,\n    ${JSON.stringify(rival)}\n  ]\n}\n`)),
    );
    expect(code).toBe(0);
    const failing = stdout.split('\n').filter((line) => /warning: "(whats iclei\?\?|ive never heard of iclei)/.test(line));
    expect(failing.length).toBeGreaterThan(0);
    for (const line of failing) expect(line).toMatch(/expected "what-is-iclei"/);
    for (const line of failing) expect(line).toContain(`"iclei-explained" ("${rival.question}")`);
  });

  it('lists errors before warnings, in its text and with --json', async () => {
    const edits = (file: (name: string, change: (text: string) => string) => void) => {
      // A warning found early (a missing translation), an error found late (the manifest's index).
      file('zh.json', (text) =>
        text.replace(/,\n\s+"agenda-21"/g, '').replace(/,\n {4}\{\n {6}"id": "agenda-21"[\s\S]*?\n {4}\}\n {2}\]/, '\n  ]'),
      );
      file('index.json', (text) => text.replace('"version": 1,', '"version": 1,\n  "indexes": { "en": { "file": "../en.js" } },'));
    };
    const { stdout, code } = await check(edits);
    const json = JSON.parse((await check(edits, '--json')).stdout).problems.map((problem: { level: string }) => problem.level);
    expect(json).toContain('warning');
    expect(json).toEqual([...json].sort());
    expect(code).toBe(1);
    const levels = stdout
      .split('\n')
      .map((line) => /^\S+: (error|warning): /.exec(line)?.[1])
      .filter(Boolean);
    expect(levels).toContain('warning');
    expect(levels).toEqual([...levels].sort());
  });

  it('warns about a prebuilt index that this widget cannot read', async () => {
    const source = createHash('sha256').update(readFileSync('faq-data/en.json')).digest('hex');
    // The manifest names the fresh hash, but the file it names is no index of this version.
    const { stdout, code } = await check((file) =>
      file('index.json', (text) =>
        text.replace('"version": 1,', `"version": 1,\n  "indexes": { "en": { "file": "es.json", "source": "${source}" } },`),
      ),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        'index\\.json:\\d+:\\d+: warning: The prebuilt index es\\.json is missing ' +
          'or was written by an older "npm run faq:build": build it again\\.',
      ),
    );
  });

  it('checks a locale of 1,000 entries with thousands of mistakes, and suggests a prebuilt index for it', async () => {
    // Copies of the 16 entries under new ids: their related ids and the suggestions no longer
    // name entries. The checker once ran out of memory here, keeping the file once per
    // mistake.
    const { stdout, code, folder } = await check((file) =>
      file('en.json', (text) => {
        const data = JSON.parse(text);
        data.entries = Array.from({ length: 1_000 }, (_, index) => ({
          ...data.entries[index % data.entries.length],
          id: `entry-${index}`,
        }));
        return JSON.stringify(data, null, 2);
      }),
    );
    expect(code).toBe(1);
    const mistakes = stdout.match(/^.*en\.json:\d+:\d+: error: .*$/gm) ?? [];
    expect(mistakes.length).toBeGreaterThan(2_000);
    expect(mistakes[0]).toMatch(/The (related id|suggestion) "[^"]+" is not an entry of this file\./);
    expect(stdout).toContain(
      `${folder}/en.json: warning: en.json has 1000 entries: run "npm run faq:build" to add a prebuilt search index`,
    );
    expect(stdout).not.toMatch(/(es|fr|pt|ko|ja|zh)\.json has \d+ entries/);
  });

  it('gives machine-readable output with --json', async () => {
    const { stdout, code } = await check(
      (file) => file('en.json', (text) => text.replace('"answer": "', '"answer": 42, "x": "')),
      '--json',
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.problems[0]).toMatchObject({
      level: 'error',
      entry: 'what-is-iclei',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(report.tests).toHaveLength(7);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
