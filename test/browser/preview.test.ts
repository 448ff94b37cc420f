import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const harness = useHarness();

describe("the editors' preview page", () => {
  it('opens a whole folder: per language, what is missing, what to review and the test results, and a chat in each', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'faq-preview-')), 'faq-data');
    cpSync('faq-data', folder, { recursive: true });
    const en = JSON.parse(readFileSync(join(folder, 'en.json'), 'utf8'));
    en.entries.find((entry: { id: string }) => entry.id === 'founded').answer = 'ICLEI began in 1990, in New York.';
    writeFileSync(join(folder, 'en.json'), JSON.stringify(en, null, 2));
    const { page, errors } = await harness.open('/preview.html');
    await page.getByLabel('Or choose a faq-data folder to read (save by downloading):').setInputFiles(folder);
    const rows = page.getByRole('table', { name: /^Each language of the folder/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    const cells = async (locale: string) =>
      await rows
        .filter({ hasText: new RegExp(`^${locale}`) })
        .locator('th, td')
        .allTextContents();
    // The English answer changed: each translation of it is to be reviewed, English is not.
    expect(await cells('en')).toEqual(['en', '0', '0', expect.stringMatching(/^\d+ of \d+$/)]);
    expect(await cells('ko')).toEqual(['ko', '0', '1', expect.stringMatching(/^\d+ of \d+$/)]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('textbox', { name: '질문 입력' }).fill('이클레이 본부는 어디에 있나요');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(await page.locator('[data-faq-chat]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('checks a pasted file, chats with it, and shows why an answer was chosen', async () => {
    const en = JSON.parse(readFileSync('faq-data/en.json', 'utf8'));
    en.entries[4].answer = 'ICLEI began in **1990**.';
    en.entries[5].url = 'javascript:alert(1)';
    const { page, errors } = await harness.open('/preview.html');
    await page.getByLabel('…or paste its content:').fill(JSON.stringify(en, null, 2));
    await page.getByRole('button', { name: 'Check and preview' }).click();
    const problems = page.getByRole('region', { name: 'Check' }).getByRole('status');
    await expect
      .poll(() => problems.textContent())
      .toContain(
        'entry "structure": The link "javascript:alert(1)" is not allowed: ' +
          'a link must start with https:, http:, mailto: or tel:, or be relative, such as /contact.',
      );
    expect(await problems.textContent()).toMatch(/^the file:\d+:\d+: error:/);

    await page.getByRole('textbox', { name: 'Your question' }).fill('When did ICLEI start?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').textContent()).toContain('ICLEI began in 1990.');
    const why = page.getByRole('table');
    await expect.poll(() => why.count()).toBe(1);
    expect(await why.locator('caption').textContent()).toContain('When did ICLEI start?');
    expect(await why.locator('tbody tr').first().textContent()).toMatch(/When was ICLEI founded\?.*founded.*1\.00.*iclei, start/);
    expect(errors).toEqual([]);
  });

  it('reads a chosen file and points at its syntax mistake', async () => {
    const { page } = await harness.open('/preview.html');
    await page.getByLabel('Choose a locale file, or drop it here:').setInputFiles({
      name: 'fr.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "locale": "fr",\n  "entries": [\n    { "id": "a", "question": "Q ?", "answer": "R." },\n  ]\n}'),
    });
    await expect
      .poll(() => page.getByRole('region', { name: 'Check' }).getByRole('status').textContent())
      .toBe('the file:5:3: error: JSON syntax: a comma before a closing bracket is not allowed: remove the comma after the last item.');
  });

  it('points at a name given twice in one entry', async () => {
    const { page } = await harness.open('/preview.html');
    await page
      .getByLabel('…or paste its content:')
      .fill('{ "locale": "en", "entries": [\n  { "id": "a", "question": "Q?", "answer": "Old.", "answer": "New." }\n] }');
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Check' }).getByRole('status').textContent())
      .toBe('the file:2:52: error: "answer" is given twice in the same object, and the widget uses the last one: keep one.');
  });

  it('lets an editor drop a file and chat with it', async () => {
    const ko = readFileSync('faq-data/ko.json', 'utf8');
    const { page, errors } = await harness.open('/preview.html');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'ko.json', { type: 'application/json' }));
      document.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, ko);
    await expect.poll(() => page.getByRole('region', { name: 'Check' }).getByRole('status').textContent()).toContain('No problems found.');
    await page.getByRole('textbox').last().fill('이클레이 본부는 어디에 있나요');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(await page.locator('[data-faq-chat]').getAttribute('lang')).toBe('ko');
    expect(errors).toEqual([]);
  });
});
