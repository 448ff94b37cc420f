// Hostile content, hostile pages and heavy data: the host page never sees an exception of
// ours, FAQ text never becomes markup, and nothing runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH } from '../../src/data/format';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();
const { payloads, markdown } = JSON.parse(readFileSync('test/fixtures/xss-vectors.json', 'utf8')) as {
  payloads: string[];
  markdown: string[];
};
const VECTORS = [...payloads, ...markdown];
const manifest = JSON.stringify({ version: 1, defaultLocale: 'en', locales: { en: 'English' } });
// Everything the widget itself draws; anything else in its shadow root came from FAQ text.
const OWN_TAGS = 'DIV BUTTON svg path HEADER H2 H3 H4 SELECT OPTION P SPAN ARTICLE UL OL LI STRONG EM A FORM LABEL INPUT SECTION'.split(
  ' ',
);
// Numbers make unique markers: no typo tolerance or stemming joins two of them.
const marker = (index: number) => String(900_000 + index);
const TRAP = "window.__ran = []; for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = () => window.__ran.push(name);";

describe('hostile FAQ content', () => {
  it('shows every XSS vector as text, in questions, answers, keywords and titles', async () => {
    const en = {
      locale: 'en',
      title: VECTORS[0],
      greeting: VECTORS[1],
      contact: { label: VECTORS[2], url: 'javascript:alert(1)' },
      entries: VECTORS.map((vector, index) => ({
        id: `v-${index}`,
        question: `${vector} ${marker(index)}`,
        answer: `${vector}\n\n[link](https://ok.example/${index}) ${VECTORS[(index + 7) % VECTORS.length]}`,
        // A list item must not be blank; one vector is a lone space.
        keywords: [vector.trim() ? vector : 'blank'],
        alternates: [vector.trim() ? vector : 'blank'],
      })),
    };
    harness.server.page('/xss/data/index.json', { body: manifest, type: 'application/json' });
    harness.server.page('/xss/data/en.json', { body: JSON.stringify(en), type: 'application/json' });
    harness.server.page('/xss/trap.js', { body: TRAP, type: 'text/javascript' });
    harness.server.page(
      '/xss/page.html',
      scriptPage('data-faq-src="data" data-open="true"', { head: '<script src="/xss/trap.js"></script>' }),
    );
    const { page, errors } = await harness.open('/xss/page.html');
    await page.evaluate(() => window.FaqChat!.ready);
    const strays: string[] = [];
    for (let index = 0; index < VECTORS.length; index++) {
      const result = await page.evaluate((question) => window.FaqChat!.ask(question), marker(index));
      expect(result.best?.id).toBe(`v-${index}`);
      strays.push(
        ...(await page.evaluate((own) => {
          const root = document.querySelector('[data-faq-chat]')!.shadowRoot!;
          return [...root.querySelectorAll('*')].flatMap((element) => [
            ...(own.includes(element.tagName) ? [] : [`<${element.tagName}>`]),
            ...[...element.attributes]
              .filter((attribute) => /^on/i.test(attribute.name))
              .map((attribute) => `${element.tagName} ${attribute.name}`),
            ...(element.tagName === 'A' && !/^(https?:|mailto:|tel:)/.test(element.getAttribute('href') ?? '')
              ? [`href ${element.getAttribute('href')}`]
              : []),
          ]);
        }, OWN_TAGS)),
      );
    }
    expect(strays).toEqual([]);
    const card = page.getByRole('article').last();
    expect(await card.textContent()).toContain(VECTORS[VECTORS.length - 1].replace(/\*\*/g, '').slice(0, 10));
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(VECTORS[0]);
    const links = await page.evaluate(() =>
      [...document.querySelector('[data-faq-chat]')!.shadowRoot!.querySelectorAll('a[target="_blank"]')].map((a) => a.getAttribute('rel')),
    );
    expect(new Set(links)).toEqual(new Set(['noopener noreferrer']));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__ran)).toEqual([]);
    // Nothing from the FAQ reached the page itself: its body holds the script and our host.
    expect(
      await page.evaluate(() =>
        [...document.body.children].map((element) => element.tagName + (element.hasAttribute('data-faq-chat') ? ' host' : '')),
      ),
    ).toEqual(['SCRIPT', 'DIV host']);
    expect(errors).toEqual([]);
  });
});

describe('links in answers', () => {
  it('opens a link to another site in a new tab even when it has no scheme, as "//host", "/\\host" and "\\\\host"', async () => {
    const hrefs = ['//elsewhere.example/a', '/\\elsewhere.example/b', '\\\\elsewhere.example/c', '/about', 'https://elsewhere.example/d'];
    const en = {
      locale: 'en',
      title: 'Links',
      entries: [
        { id: 'links', question: 'Where are the links 900001', answer: hrefs.map((href, index) => `[link ${index}](${href})`).join(' ') },
      ],
    };
    harness.server.page('/links/data/index.json', { body: manifest, type: 'application/json' });
    harness.server.page('/links/data/en.json', { body: JSON.stringify(en), type: 'application/json' });
    harness.server.page('/links/page.html', scriptPage('data-faq-src="data" data-open="true"'));
    const { page, errors } = await harness.open('/links/page.html');
    await page.evaluate(() => window.FaqChat!.ready);
    await page.evaluate(() => window.FaqChat!.ask('900001'));
    const card = page.getByRole('article').last();
    await expect.poll(() => card.getByRole('link').count()).toBe(hrefs.length);
    const links = await card
      .getByRole('link')
      .evaluateAll((anchors) =>
        anchors.map((a) => [new URL((a as HTMLAnchorElement).href).host, a.getAttribute('target'), a.getAttribute('rel')]),
      );
    const here = new URL(harness.server.url).host;
    expect(links).toEqual([
      ['elsewhere.example', '_blank', 'noopener noreferrer'],
      ['elsewhere.example', '_blank', 'noopener noreferrer'],
      ['elsewhere.example', '_blank', 'noopener noreferrer'],
      [here, null, null],
      ['elsewhere.example', '_blank', 'noopener noreferrer'],
    ]);
    expect(errors).toEqual([]);
  });
});

describe('hostile host pages', () => {
  it("works with polluted prototypes, an AMD loader, CommonJS globals and its libraries' names taken", async () => {
    harness.server.page('/pollute.js', {
      type: 'text/javascript',
      body: `
        Object.prototype.polluted = 'yes'; Object.prototype.locale = 'xx'; Object.prototype.entries = [];
        Array.prototype.extra = function () { return 'extra'; };
        window.define = function () { throw new Error('AMD define was called'); }; window.define.amd = {};
        window.process = { env: { NODE_ENV: 'development' } }; window.module = { exports: {} }; window.exports = {};
        window.i18next = { t: () => 'page i18next' }; window.preact = { render: () => { throw new Error('page preact'); } };
      `,
    });
    harness.server.page('/polluted.html', scriptPage('', { head: '<script src="/pollute.js"></script>' }));
    const { page, errors } = await harness.open('/polluted.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    await page.locator('[data-faq-chat] .launcher').click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('where is the headquarters');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(await page.evaluate(() => (window as any).i18next.t())).toBe('page i18next');
    expect(errors).toEqual([]);
  });
});

describe('heavy data', () => {
  it('serves 10,000 entries and an answer at the length limit, and leaves out a 2 MB one', async () => {
    const words = (seed: number) => Array.from({ length: 6 }, (_, i) => String(800_000 + ((seed * 7 + i * 13) % 5000))).join(' ');
    const entries = Array.from({ length: 10_000 }, (_, index) => ({
      id: `e-${index}`,
      question: `Question ${words(index)} ${marker(index)}q?`,
      answer: `Answer ${words(index + 1)}.`,
    }));
    const long = `Start of a long answer. ${'All work and no play makes a long answer. '.repeat(48_000)}`;
    entries[1234].answer = `${long.slice(0, MAX_ANSWER_LENGTH - 'The end.'.length)}The end.`;
    entries[4321].answer = long;
    expect(long.length).toBeGreaterThan(2_000_000);
    harness.server.page('/heavy/data/index.json', { body: manifest, type: 'application/json' });
    harness.server.page('/heavy/data/en.json', { body: JSON.stringify({ locale: 'en', entries }), type: 'application/json' });
    harness.server.page('/heavy/page.html', scriptPage('data-faq-src="data"'));
    const { page, errors } = await harness.open('/heavy/page.html');
    await page.evaluate(() => window.FaqChat!.ready);
    expect((await page.evaluate((question) => window.FaqChat!.search(question), `${marker(9876)}q`)).best?.id).toBe('e-9876');
    const result = await page.evaluate((question) => window.FaqChat!.ask(question), `${marker(1234)}q`);
    expect(result.best?.id).toBe('e-1234');
    await page.evaluate(() => window.FaqChat!.open());
    await expect.poll(() => page.getByRole('article').textContent()).toContain('The end.');
    expect((await page.evaluate((question) => window.FaqChat!.search(question), `${marker(4321)}q`)).best?.id).not.toBe('e-4321');
    expect(errors).toEqual([]);
  });
});
