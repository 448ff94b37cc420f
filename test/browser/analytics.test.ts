// The analytics snippets of docs/analytics/, on a page with the widget and a stand-in of each
// tool's global: what a visitor's question, an unanswered one and a thumbs down send.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();

// Each tool's global as its own script leaves it, recording the calls.
const STAND_INS: Record<string, string> = {
  'matomo.js': 'window._paq = [];',
  'plausible.js': 'window.__sent = []; window.plausible = function () { window.__sent.push([...arguments]); };',
  'ga4.js': 'window.__sent = []; window.gtag = function () { window.__sent.push([...arguments]); };',
};

describe('analytics snippets', () => {
  it.each(Object.keys(STAND_INS))("%s sends the question, the unanswered one and the feedback to the site's own tool", async (snippet) => {
    harness.server.page(`/stand-in-${snippet}`, { body: STAND_INS[snippet], type: 'text/javascript' });
    harness.server.page(`/${snippet}`, { body: readFileSync(`docs/analytics/${snippet}`, 'utf8'), type: 'text/javascript' });
    harness.server.page(
      `/analytics-${snippet}.html`,
      scriptPage('defer', { head: `<script src="/stand-in-${snippet}"></script>` }).replace(
        '</body>',
        `<script src="/${snippet}" defer></script></body>`,
      ),
    );
    const { page, errors } = await harness.open(`/analytics-${snippet}.html`);
    await page.locator('[data-faq-chat] .launcher').click();
    const box = page.getByRole('textbox', { name: 'Your question' });
    await box.fill('When did ICLEI start?');
    await page.keyboard.press('Enter');
    await page.getByRole('article').waitFor();
    await box.fill('parking ticket fines');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Not helpful' }).click();
    const sent = JSON.stringify(
      await page.evaluate(() => (window as { _paq?: unknown; __sent?: unknown })._paq ?? (window as { __sent?: unknown }).__sent),
    );
    for (const expected of ['When did ICLEI start?', 'founded', 'parking ticket fines']) expect(sent).toContain(expected);
    expect(sent).toMatch(/unanswered/i);
    expect(sent).toMatch(/not helpful|"helpful":"no"|"helpful":false/);
    expect(errors).toEqual([]);
  });
});
