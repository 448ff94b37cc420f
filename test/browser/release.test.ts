// `npm run release`: a folder to upload as it is, with the hashes of its scripts, the tag to
// paste, and a .zip of it all.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { serve, type TestServer } from '../../scripts/harness/server';
import { scriptPage, useHarness } from './harness';

const harness = useHarness();
const out = mkdtempSync(join(tmpdir(), 'faq-release-'));
const name = `faq-chat-${version}`;
const folder = join(out, name);
let cdn: TestServer;

beforeAll(async () => {
  execFileSync('node_modules/.bin/tsx', ['scripts/release.ts', '--out', out]);
  // Another origin than the page's, as a CDN is.
  cdn = await serve(out);
});
afterAll(() => cdn?.close());

describe('a release', () => {
  it('lists the sha384 of every script, as the files have them', () => {
    const integrity: Record<string, string> = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8'));
    const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
    expect(Object.keys(integrity).sort()).toEqual(scripts.sort());
    for (const [file, hash] of Object.entries(integrity)) {
      expect(hash, file).toBe(
        `sha384-${createHash('sha384')
          .update(readFileSync(join(folder, file)))
          .digest('base64')}`,
      );
    }
  });

  it("holds what a site uploads, not the npm package, the demo page nor the editors' preview", () => {
    const uploaded = readdirSync(folder);
    expect(uploaded).toEqual(expect.arrayContaining(['faq-chat.js', 'faq-data', 'integrity.json', 'EMBED.txt']));
    for (const apart of ['esm', 'types', 'index.html', 'city.css', 'preview.html', 'preview.js', 'preview.css'])
      expect(uploaded).not.toContain(apart);
    expect(uploaded.filter((file) => !/^faq-chat\.([\w]+-[\w-]+\.)?js$/.test(file)).sort()).toEqual(
      ['EMBED.txt', 'faq-data', 'integrity.json'].sort(),
    );
    expect(Object.keys(unzipSync(readFileSync(`${folder}.zip`))).filter((path) => /\.html$/.test(path))).toEqual([]);
  });

  it("puts the demo page and the editors' preview in the folder beside it, which EMBED.txt says not to upload", async () => {
    expect(readdirSync(`${folder}-demo`)).toEqual(
      expect.arrayContaining(['index.html', 'city.css', 'preview.html', 'preview.js', 'preview.css']),
    );
    expect(readFileSync(join(folder, 'EMBED.txt'), 'utf8')).toContain(`Do not upload ${name}-demo/`);
    // The demo page still shows the widget, from the folder a city uploads.
    const { page, errors } = await harness.open(`${cdn.url}/${name}-demo/index.html`);
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    expect(cdn.requests).toContain(`/${name}/faq-data/en.json`);
    expect(errors).toEqual([]);
  });

  it('says in EMBED.txt where unanswered questions go, with data-contact on the tag', () => {
    const embed = readFileSync(join(folder, 'EMBED.txt'), 'utf8');
    expect(/<script [^>]*><\/script>/.exec(embed)![0]).toMatch(/ data-contact="https:\/\/your-city\.example\/contact"/);
    expect(embed).toMatch(/Without\s+it, they are sent to the contact of the FAQ file/);
  });

  it('zips the folder as it is', () => {
    const zipped = unzipSync(readFileSync(`${folder}.zip`));
    expect(Object.keys(zipped)).toContain(`${name}/faq-chat.js`);
    expect(Object.keys(zipped)).toContain(`${name}/faq-data/en.json`);
    expect(Buffer.from(zipped[`${name}/faq-chat.js`]).equals(readFileSync(join(folder, 'faq-chat.js')))).toBe(true);
  });

  it('answers on a page that pastes the tag of EMBED.txt, from another origin with CORS', async () => {
    const tag = /<script [^>]*><\/script>/.exec(readFileSync(join(folder, 'EMBED.txt'), 'utf8'))![0];
    expect(tag).toMatch(/integrity="sha384-[^"]+" crossorigin="anonymous"/);
    harness.server.page(
      '/embed.html',
      scriptPage().replace(/<script src="\/faq-chat.js" ><\/script>/, tag.replace('https://your-city.example', cdn.url)),
    );
    const { page, errors } = await harness.open('/embed.html');
    expect((await page.evaluate(() => window.FaqChat!.search('When did ICLEI start?'))).best?.id).toBe('founded');
    expect(cdn.requests).toContain(`/${name}/faq-data/en.json`);
    expect(errors).toEqual([]);
  });
});
