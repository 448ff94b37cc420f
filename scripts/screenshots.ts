// `npm run screenshots`: pictures of the demo for the README, desktop and phone, light and
// dark, phones in Korean, French and Japanese and one right to left (the Arabic test
// locale), taken from dist/. Take them in a Chromium with the fonts a
// visitor has (CONTRIBUTING.md: CHROME_PATH=/usr/bin/chromium with Debian's Noto fonts).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBrowser } from './harness/findBrowser';
import { serve } from './harness/server';

const server = await serve('dist');
const { path, args } = await findBrowser();
const browser = await chromium.launch({ executablePath: path, args });
// The demo page on the Arabic test locale of test/fixtures/rtl.
for (const file of ['index.json', 'ar.json']) {
  server.page(`/rtl/${file}`, { body: readFileSync(`test/fixtures/rtl/${file}`, 'utf8'), type: 'application/json' });
}
server.page('/rtl.html', readFileSync('dist/index.html', 'utf8').replace('src="faq-chat.js"', 'src="faq-chat.js" data-faq-src="/rtl/"'));
const ENGLISH = { path: '/', locale: 'en', question: 'How can my city join ICLEI?' };
const shots = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light', ...ENGLISH },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark', ...ENGLISH },
  { name: 'phone-light', viewport: { width: 360, height: 640 }, colorScheme: 'light', ...ENGLISH },
  { name: 'phone-dark', viewport: { width: 360, height: 640 }, colorScheme: 'dark', ...ENGLISH },
  {
    name: 'phone-ko',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    path: '/',
    locale: 'ko',
    question: '우리 시가 이클레이에 가입하려면 어떻게 해야 하나요?',
  },
  // The locales with the longest title (French) and with phrase breaks (Japanese).
  {
    name: 'phone-fr',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    path: '/',
    locale: 'fr',
    question: 'Comment ma ville peut-elle adhérer à ICLEI ?',
  },
  {
    name: 'phone-ja',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    path: '/',
    locale: 'ja',
    question: '市として加盟を検討しているのですが、どのように進めたらよいでしょうか？',
  },
  {
    name: 'phone-rtl',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    path: '/rtl.html',
    locale: 'ar',
    question: 'متى تأسست المنظمة؟',
  },
] as const;
for (const { name, viewport, colorScheme, path: at, locale, question } of shots) {
  const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
  await page.goto(`${server.url}${at}`);
  await page.evaluate((locale) => window.FaqChat!.setLocale(locale), locale);
  await page.locator('[data-faq-chat] .launcher').click();
  await page.locator('[data-faq-chat] input').fill(question);
  await page.keyboard.press('Enter');
  await page.locator('[data-faq-chat] article').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `docs/${name}.png`, animations: 'disabled' });
  await page.close();
}
await browser.close();
await server.close();
console.log(`Wrote ${shots.map((shot) => `docs/${shot.name}.png`).join(', ')}.`);
