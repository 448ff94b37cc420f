import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../src/check/checkFolder';
import { linkProblem } from '../../src/check/linkProblem';
import { useHarness } from './harness';

const harness = useHarness();
// The checks run a moment after the last key typed, and on a busy two-core machine take a while.
const WAIT = { timeout: 15_000 };

// The folder the page edits is the browser's origin private file system (OPFS): a real
// FileSystemDirectoryHandle, with the same getFileHandle and createWritable as a folder the
// editor picks, that a test can fill and read without a person at the folder picker. The page
// gets it from showDirectoryPicker, which the script below replaces before the page runs. Its
// handles are wrapped so that a test can make every write fail (window.refuseWrites), as a
// read-only folder or a revoked permission does. OPFS lives as long as the browser context, so
// a reload finds what was saved.
const FAKE_PICKER = () => {
  const refusing = () => (window as unknown as { refuseWrites?: boolean }).refuseWrites;
  const file = (handle: FileSystemFileHandle) => ({
    kind: 'file',
    name: handle.name,
    getFile: () => handle.getFile(),
    createWritable: () =>
      refusing() ? Promise.reject(new DOMException('The folder is read-only', 'NotAllowedError')) : handle.createWritable(),
  });
  const folder = (handle: FileSystemDirectoryHandle): unknown => ({
    kind: 'directory',
    name: handle.name,
    entries: () => (handle as unknown as { entries(): AsyncIterable<unknown> }).entries(),
    getDirectoryHandle: async (name: string, options?: object) => folder(await handle.getDirectoryHandle(name, options)),
    getFileHandle: async (name: string, options?: object) => file(await handle.getFileHandle(name, options)),
  });
  Object.assign(window, { showDirectoryPicker: async () => folder(await navigator.storage.getDirectory()) });
};

function shipped(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync('faq-data').filter((file) => file.endsWith('.json')))
    files[name] = readFileSync(`faq-data/${name}`, 'utf8');
  for (const folder of ['tests', 'translations'])
    for (const name of readdirSync(`faq-data/${folder}`)) files[`${folder}/${name}`] = readFileSync(`faq-data/${folder}/${name}`, 'utf8');
  return files;
}

// The editors' page with the shipped faq-data folder in OPFS, opened for editing.
async function openEditor(changed: Record<string, string> = {}): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await harness.open('/preview.html');
  await page.addInitScript(FAKE_PICKER);
  await page.evaluate(
    async (files) => {
      const root = await navigator.storage.getDirectory();
      for (const [name, text] of Object.entries(files)) {
        const parts = name.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { ...shipped(), ...changed },
  );
  await page.reload();
  await openFolder(page);
  return { page, errors };
}

async function openFolder(page: Page) {
  await page.getByRole('button', { name: 'Open a faq-data folder to edit' }).click();
  await expect
    .poll(
      () =>
        page
          .getByRole('table', { name: /^Entries/ })
          .locator('tbody tr')
          .count(),
      WAIT,
    )
    .toBeGreaterThanOrEqual(16);
}

// Writes a file of the folder as another program would.
const writeOnDisk = (page: Page, name: string, text: string) =>
  page.evaluate(
    async ([name, text]) => {
      const writable = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).createWritable();
      await writable.write(text);
      await writable.close();
    },
    [name, text],
  );

// A file of the folder as it is on disk now.
const onDisk = (page: Page, name: string) =>
  page.evaluate(async (name) => {
    const parts = name.split('/');
    let folder = await navigator.storage.getDirectory();
    try {
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, name);

// The names of the files in .history, each with the time of its save.
const history = (page: Page) =>
  page.evaluate(async () => {
    const names: string[] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else names.push(prefix + name);
      }
    };
    try {
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('.history'), '');
    } catch {
      // No save yet.
    }
    return names;
  });

// axe-core's WCAG 2.2 AA findings over the whole page, each with the elements it found.
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const language = (page: Page, name: string) => page.getByRole('group', { name });
const status = (page: Page) => page.locator('p.notice');

describe("the editors' page", () => {
  it('edits an entry in a form, checks it as typed, saves it as a person would by hand, and reads it back after a reload', async () => {
    const { page, errors } = await openEditor();
    const original = shipped()['fr.json'];
    await page.getByRole('button', { name: 'Edit founded' }).click();
    const fr = language(page, 'Français (fr)');
    const answer = 'L’ICLEI est né en **1990**, à New York.\n\n- au « Congrès mondial »\n- avec 200 collectivités "locales"';
    await fr.getByLabel('Answer', { exact: true }).fill(answer);
    // The widget's own renderer shows the answer as visitors will see it.
    const rendered = fr.getByRole('region', { name: 'How visitors see the answer (Français)' });
    await expect.poll(() => rendered.locator('strong').textContent(), WAIT).toBe('1990');
    expect(await rendered.locator('li').allTextContents()).toEqual(['au « Congrès mondial »', 'avec 200 collectivités "locales"']);
    const alternates = fr.getByLabel('Other ways to ask');
    await alternates.fill(`${await alternates.inputValue()}\nICLEI, c’est de quand ?`);

    // What faq:check says of a field shows beside it, in its words, and goes when it is fixed.
    const link = fr.getByLabel('Link to a page with more');
    const url = await link.inputValue();
    await link.fill('example.org/contact');
    const linkProblems = fr.locator('.field-url .problems');
    await expect.poll(() => linkProblems.textContent(), WAIT).toBe(`Error: ${linkProblem('example.org/contact')}`);
    await link.fill(url);
    await expect.poll(() => linkProblems.count(), WAIT).toBe(0);

    await page.getByRole('button', { name: 'Save into the folder' }).click();
    await expect.poll(() => status(page).textContent(), WAIT).toContain('Saved fr.json.');
    const byHand = original
      .replace(
        JSON.stringify(JSON.parse(original).entries.find((entry: { id: string }) => entry.id === 'founded').answer),
        JSON.stringify(answer),
      )
      .replace(
        '"Comment tout a commencé pour l’ICLEI ?"\n      ],',
        '"Comment tout a commencé pour l’ICLEI ?",\n        "ICLEI, c’est de quand ?"\n      ],',
      );
    expect(await onDisk(page, 'fr.json')).toBe(byHand);
    // The version it replaced is kept.
    const kept = await history(page);
    expect(kept).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\/fr\.json$/)]);
    expect(await onDisk(page, `.history/${kept[0]}`)).toBe(original);
    expect(await page.getByText('No changes to save.').count()).toBe(1);

    await page.reload();
    await openFolder(page);
    await page.getByRole('button', { name: 'Edit founded' }).click();
    expect(await language(page, 'Français (fr)').getByLabel('Answer', { exact: true }).inputValue()).toBe(answer);
    expect(errors).toEqual([]);
  }, 60_000);

  it('keeps every change on the page when the folder refuses a save, and says so', async () => {
    const { page, errors } = await openEditor();
    const original = shipped()['es.json'];
    await page.getByRole('button', { name: 'Edit members', exact: true }).click();
    const question = language(page, 'Español (es)').getByLabel('Question', { exact: true });
    await question.fill('¿Qué ciudades son miembros?');
    await page.evaluate(() => Object.assign(window, { refuseWrites: true }));
    await page.getByRole('button', { name: 'Save into the folder' }).click();
    await expect
      .poll(() => status(page).textContent(), WAIT)
      .toMatch(/^es\.json could not be saved: The folder is read-only\. Nothing is lost: your changes are still on this page\./);
    expect(await status(page).getAttribute('class')).toContain('alert');
    expect(await onDisk(page, 'es.json')).toBe(original);
    expect(await question.inputValue()).toBe('¿Qué ciudades son miembros?');
    expect(await page.getByText('Changed, not saved yet: es.json.').count()).toBe(1);

    await page.evaluate(() => Object.assign(window, { refuseWrites: false }));
    // Saved from the keyboard this time, as in any editor.
    await question.press('Control+S');
    await expect.poll(() => status(page).textContent(), WAIT).toContain('Saved es.json.');
    expect(JSON.parse((await onDisk(page, 'es.json'))!).entries.find((entry: { id: string }) => entry.id === 'members').question).toBe(
      '¿Qué ciudades son miembros?',
    );

    // A file changed in the folder by someone else since is not saved over.
    const theirs = (await onDisk(page, 'es.json'))!.replace('¿Qué ciudades son miembros?', '¿Quiénes son los miembros?');
    await writeOnDisk(page, 'es.json', theirs);
    await question.fill('¿Qué gobiernos son miembros?');
    await page.getByRole('button', { name: 'Save into the folder' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), WAIT)
      .toBe(
        'es.json could not be saved: it was changed in the folder since this page opened it, and saving would undo that change. ' +
          'Download your version of it, open the folder again, and make your changes there once more. ' +
          'Nothing is lost: your changes are still on this page.',
      );
    expect(await onDisk(page, 'es.json')).toBe(theirs);
    expect(await page.getByRole('button', { name: 'Download es.json' }).count()).toBe(1);
    expect(errors).toEqual([]);
  }, 60_000);

  it('adds an entry in three languages and deletes one in every language, and the saved folder passes the check', async () => {
    const { page, errors } = await openEditor();
    await page.getByLabel("New entry's id").fill('office-hours');
    await page.keyboard.press('Enter');
    // The form replaces the table, and the keyboard goes on from its heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Entry office-hours');
    const texts = {
      'English (en)': ['When is the office open?', 'From **9:00 to 17:00**, Monday to Friday.'],
      'Español (es)': ['¿Cuándo abre la oficina?', 'De **9:00 a 17:00**, de lunes a viernes.'],
      'Français (fr)': ['Quand le bureau est-il ouvert ?', 'De **9 h à 17 h**, du lundi au vendredi.'],
    };
    // A translation added after takes the category of the default language, as faq:import adds one.
    await language(page, 'English (en)').getByLabel('Category').selectOption('about');
    for (const [name, [question, answer]] of Object.entries(texts)) {
      await language(page, name).getByLabel('Question', { exact: true }).fill(question);
      await language(page, name).getByLabel('Answer', { exact: true }).fill(answer);
    }
    await page.getByRole('button', { name: 'Back to all entries' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), WAIT).toBe('Edit office-hours');
    const row = (id: string) => page.getByRole('table', { name: /^Entries/ }).getByRole('row', { name: new RegExp(`^${id}`) });
    // Each language without it is marked, in words.
    await expect.poll(() => row('office-hours').getByRole('cell').nth(3).textContent(), WAIT).toBe('Missing');
    // A new translation has no record of the English it was made from: faq:check says so.
    await expect
      .poll(() => row('office-hours').getByRole('cell').nth(2).textContent(), WAIT)
      .toBe('Quand le bureau est-il ouvert ?Translation to review');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Edit how-to-join' }).click();
    await page.getByRole('button', { name: 'Delete this entry in every language' }).click();
    await expect.poll(() => row('how-to-join').count(), WAIT).toBe(0);
    await page.getByRole('button', { name: 'Save into the folder' }).click();
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^Saved /);

    const saved = new Map<string, string>();
    for (const name of Object.keys(shipped())) saved.set(name, (await onDisk(page, name))!);
    for (const locale of ['en', 'es', 'fr']) {
      const entries = JSON.parse(saved.get(`${locale}.json`)!).entries;
      expect(entries.at(-1)).toMatchObject({ id: 'office-hours', category: 'about' });
    }
    const report = await checkFolder((name) => saved.get(name) ?? null);
    expect(report.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    // The schema names it as an example of an id; it is no data.
    for (const name of [...saved.keys()].filter((name) => name !== 'faq.schema.json'))
      expect(saved.get(name)).not.toContain('"how-to-join"');
    expect(report.coverage.find(({ locale }) => locale === 'ko')!.missing).toEqual(['office-hours']);

    // The chat runs on the changes, and says why it answered.
    await page.getByRole('button', { name: 'Try the changes in the chat' }).click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('When is the office open?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').textContent(), WAIT).toContain('From 9:00 to 17:00');
    const why = page.getByRole('region', { name: 'Why this answer' }).getByRole('table');
    await expect.poll(() => why.locator('caption').textContent(), WAIT).toContain('When is the office open?');
    expect(await why.locator('tbody tr').first().textContent()).toContain('office-hours');
    expect(errors).toEqual([]);
  }, 60_000);

  it('has no axe violations: the entries with their marks, and an entry with a problem, a proposal and a refused save', async () => {
    // Missing, to review, failing tests, an error, a visitor's question: every mark the table has.
    const en = JSON.parse(shipped()['en.json']);
    en.entries.push({ id: 'office-hours', question: 'When is the office open?', answer: 'See [hours](www.example.org).' });
    const { page } = await openEditor({ 'en.json': `${JSON.stringify(en, null, 2)}\n` });
    await page
      .getByLabel("Visitors' questions, to review on each entry")
      .setInputFiles({ name: 'q.csv', mimeType: 'text/csv', buffer: Buffer.from('question,locale,count\nwho pays for iclei,en,4\n') });
    const table = page.getByRole('table', { name: /^Entries/ });
    await expect.poll(() => table.locator('.mark.asked').count(), WAIT).toBe(1);
    for (const kind of ['missing', 'failing', 'error'])
      await expect.poll(() => table.locator(`.mark.${kind}`).count(), WAIT).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Edit what-is-iclei' }).click();
    await language(page, 'Español (es)').getByLabel('Link to a page with more').fill('www.example.org');
    await expect.poll(() => language(page, 'Español (es)').locator('.field-url .problems').count(), WAIT).toBe(1);
    await page.evaluate(() => Object.assign(window, { refuseWrites: true }));
    await page.getByRole('button', { name: 'Save into the folder' }).click();
    await expect.poll(() => page.getByRole('alert').count(), WAIT).toBe(1);
    expect(await page.getByRole('region', { name: 'Visitors asked: who pays for iclei' }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  }, 60_000);

  it("shows visitors' questions on the entries they are near, and accepts three as other ways to ask", async () => {
    const { page, errors } = await openEditor();
    // A file of visitors' questions as faq:misses reads it; the engine proposes each as noted.
    const csv = [
      'question,locale,count',
      'who pays for iclei,en,4', // an alternate of what-is-iclei
      'where can I learn more about iclei,en,3', // an alternate of headquarters
      'can iclei talk at the un,en,2', // an alternate of un-organization
      'sign up my municipality,en,2', // answered by how-to-join: a test question
      'how big is iclei,en,1', // near no entry
    ].join('\n');
    await page
      .getByLabel("Visitors' questions, to review on each entry")
      .setInputFiles({ name: 'questions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const row = (id: string) => page.getByRole('table', { name: /^Entries/ }).getByRole('row', { name: new RegExp(`^${id} `) });
    await expect.poll(() => row('what-is-iclei').getByRole('cell').first().textContent(), WAIT).toContain("1 visitor's question to review");
    const uncovered = page.getByRole('region', { name: "Visitors' questions that no entry covers" });
    expect(await uncovered.getByRole('listitem').textContent()).toContain('“how big is iclei” (once)');

    const accepted: [string, string][] = [
      ['what-is-iclei', 'who pays for iclei'],
      ['headquarters', 'where can I learn more about iclei'],
      ['un-organization', 'can iclei talk at the un'],
    ];
    for (const [id, question] of accepted) {
      await page.getByRole('button', { name: `Edit ${id}`, exact: true }).click();
      const proposal = page.getByRole('region', { name: `Visitors asked: ${question}` });
      expect(await proposal.textContent()).toContain('The chat does not answer it yet, and this entry is the nearest');
      await proposal.getByRole('button', { name: 'Add as another way to ask' }).click();
      await expect.poll(() => proposal.count(), WAIT).toBe(0);
      // The box shows the list anew once the page has drawn the accepted question.
      await expect
        .poll(() => language(page, 'English (en)').getByLabel('Other ways to ask').inputValue(), WAIT)
        .toMatch(new RegExp(`\n${question}$`));
      await page.getByRole('button', { name: 'Back to all entries' }).click();
    }
    await page.getByRole('button', { name: 'Edit how-to-join', exact: true }).click();
    await page
      .getByRole('region', { name: 'Visitors asked: sign up my municipality' })
      .getByRole('button', { name: 'Not for this entry' })
      .click();
    await expect.poll(() => page.getByRole('region', { name: /^Visitors asked/ }).count(), WAIT).toBe(0);

    await page.getByRole('button', { name: 'Save into the folder' }).click();
    await expect
      .poll(() => status(page).textContent(), WAIT)
      .toBe('Saved en.json, tests/en.json. The previous versions are in the folder .history.');
    const en = JSON.parse((await onDisk(page, 'en.json'))!);
    for (const [id, question] of accepted)
      expect(en.entries.find((entry: { id: string }) => entry.id === id).alternates.at(-1)).toBe(question);
    // Each is kept as a test question too, as faq:misses --apply keeps it, and the widget now answers it.
    const tests = JSON.parse((await onDisk(page, 'tests/en.json'))!);
    expect(tests.slice(-3)).toEqual(accepted.map(([id, q]) => ({ q, expect: [id] })));
    const saved = new Map<string, string>();
    for (const name of Object.keys(shipped())) saved.set(name, (await onDisk(page, name))!);
    const report = await checkFolder((name) => saved.get(name) ?? null);
    const failing = report.problems.filter((problem) => problem.file === 'tests/en.json').map((problem) => problem.message);
    for (const [, question] of accepted) expect(failing.filter((message) => message.startsWith(`"${question}"`))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows a language whose file is broken, with the mistake in the words of faq:check, and edits the others', async () => {
    // A quote typed inside a text, the most common mistake in hand-edited JSON.
    const fr = shipped()['fr.json'].replace('"question": "Quand l’ICLEI', '"question": "Quand l’"ICLEI"');
    const { page } = await openEditor({ 'fr.json': fr });
    const languages = page.getByRole('table', { name: /^Each language of the folder/ });
    await expect
      .poll(() => languages.getByRole('row', { name: /^fr/ }).textContent(), WAIT)
      .toBe('frfr.json cannot be read: see "About the files" below.');
    const aboutFiles = page.locator('details', { hasText: 'About the files' }).getByRole('listitem');
    expect(
      await aboutFiles.filter({ hasText: /^fr\.json:\d+:\d+: error: JSON syntax: a " inside a text ends the text there/ }).count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Edit founded' }).click();
    expect(await language(page, 'Français (fr)').textContent()).toContain('fr.json cannot be read');
    expect(await language(page, 'Français (fr)').getByRole('textbox').count()).toBe(0);
    await language(page, 'Español (es)').getByLabel('Question', { exact: true }).fill('¿Cuándo nació ICLEI?');
    await expect.poll(() => page.getByText('Changed, not saved yet: es.json.').count(), WAIT).toBe(1);
  }, 60_000);

  it('offers the changed files to download where the browser cannot write a folder', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'faq-editor-')), 'faq-data');
    cpSync('faq-data', folder, { recursive: true });
    const { page, errors } = await harness.open('/preview.html', { acceptDownloads: true });
    await page.addInitScript(() => Reflect.deleteProperty(window, 'showDirectoryPicker'));
    await page.reload();
    expect(await page.getByRole('button', { name: 'Open a faq-data folder to edit' }).count()).toBe(0);
    await page.getByLabel('Choose a faq-data folder:').setInputFiles(folder);
    await page.getByRole('button', { name: 'Edit founded' }).click();
    await language(page, 'Português (pt)').getByLabel('Question', { exact: true }).fill('Quando a ICLEI nasceu?');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pt.json' }).click()]);
    expect(download.suggestedFilename()).toBe('pt.json');
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved).entries.find((entry: { id: string }) => entry.id === 'founded').question).toBe('Quando a ICLEI nasceu?');
    expect(saved.split('\n').length).toBe(readFileSync(join(folder, 'pt.json'), 'utf8').split('\n').length);
    expect(errors).toEqual([]);
  }, 60_000);

  it('marks a stale translation with what changed, lets the editor mark it up to date, and undoes', async () => {
    const { page } = await openEditor();
    await page.getByRole('button', { name: 'Edit founded' }).click();
    const answer = language(page, 'English (en)').getByLabel('Answer', { exact: true });
    const before = await answer.inputValue();
    await answer.fill(before.replace('1990', '1991'));
    const ko = language(page, '한국어 (ko)');
    await expect
      .poll(() => ko.locator('.note.warning p').first().textContent(), WAIT)
      .toMatch(/en\.json changed since this was translated: the answer said ".*1990.*", now ".*1991.*"/);
    await ko.getByRole('button', { name: 'The translation is up to date' }).click();
    await expect.poll(() => ko.getByRole('button', { name: 'The translation is up to date' }).count(), WAIT).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => ko.getByRole('button', { name: 'The translation is up to date' }).count(), WAIT).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => answer.inputValue(), WAIT).toBe(before);
    await expect.poll(() => page.getByText('No changes to save.').count(), WAIT).toBe(1);
  }, 60_000);
});
