// `npm run screenshots`: pictures of the demo for the README, desktop and phone, light and
// dark, taken from dist/ in the same Chromium as the browser tests.
import { chromium } from 'playwright-core';
import { findBrowser } from './harness/findBrowser';
import { serve } from './harness/server';

const server = await serve('dist');
const { path, args } = await findBrowser();
const browser = await chromium.launch({ executablePath: path, args });
const shots = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { name: 'phone-light', viewport: { width: 360, height: 640 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 360, height: 640 }, colorScheme: 'dark' },
] as const;
for (const { name, viewport, colorScheme } of shots) {
  const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/`);
  await page.evaluate(() => window.FaqChat!.ready);
  await page.locator('[data-faq-chat] .launcher').click();
  await page.getByRole('textbox', { name: 'Your question' }).fill('How can my city join ICLEI?');
  await page.keyboard.press('Enter');
  await page.locator('[data-faq-chat] article').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `docs/${name}.png`, animations: 'disabled' });
  await page.close();
}
await browser.close();
await server.close();
console.log(`Wrote ${shots.map((shot) => `docs/${shot.name}.png`).join(', ')}.`);
