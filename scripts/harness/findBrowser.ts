// Shared by the browser tests, `npm run bench` and `npm run screenshots`.
// Finds a Chromium for the browser tests, in the order the README gives ("Development"), or fails
// with a message that says how to get one. The tests never skip for want of a browser.
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a Chromium executable, and how it must be launched. */
export async function findBrowser(): Promise<{ path: string; args: string[] }> {
  // Only these flags: the package's own list includes --single-process and
  // --disable-web-security, which break tests with several pages and with CORS.
  const args = ['--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-background-networking'];
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    return { path: process.env.CHROME_PATH, args };
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return { path: await chromium.executablePath(), args };
  } catch (error) {
    const system = SYSTEM.find((path) => existsSync(path));
    if (system) return { path: system, args };
    throw new Error(
      'No Chromium found for the browser tests. Run "npm install" (it brings @sparticuz/chromium), ' +
        'or install one (on Debian: apt-get install chromium), or set CHROME_PATH to a Chrome or Chromium. ' +
        `(@sparticuz/chromium said: ${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
