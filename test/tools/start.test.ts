// `npm start`: the demo page with the widget built from src/. It serves on localhost, where
// any web page the developer visits can send it a request: no request may end the server.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';

let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      // Vite colours its output where it sees a terminal or a CI machine: the colours go
      // before the address is read.
      out += String(chunk).replace(/\x1b\[[\d;]*m/g, '');
      const url = /Local:\s+(http:\/\/[^/\s]+)/.exec(out)?.[1];
      if (url) resolve(url);
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.on('exit', (code) => reject(new Error(`npm start ended with ${code}: ${out}`)));
  });
}, 60_000);

afterAll(() => {
  server.kill();
});

it('answers 400 to a path with a broken %-escape, and keeps serving', async () => {
  expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
  expect((await fetch(`${origin}/faq-data/%E0%A4%A.json`)).status).toBe(400);
  // Still alive: the next request is served.
  const manifest = await fetch(`${origin}/faq-data/index.json`);
  expect(manifest.status).toBe(200);
  expect(await manifest.json()).toMatchObject({ version: 1, defaultLocale: 'en' });
});

it('serves the file the loader brings in on intent, built from src/ with its hash', async () => {
  const loader = await (await fetch(`${origin}/faq-chat.js`)).text();
  const named = [...loader.matchAll(/"(faq-chat\.app-[\w-]+\.js)"/g)].map((match) => match[1]);
  expect(named).toHaveLength(1);
  for (const file of named) {
    const part = await fetch(`${origin}/${file}`);
    expect(part.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = Buffer.from(await part.arrayBuffer());
    expect(loader).toContain(`sha384-${createHash('sha384').update(code).digest('base64')}`);
  }
});
