// `npm start` serves on localhost, where any web page the developer visits can send it a
// request: no request may end the server.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

it('answers 400 to a path with a broken %-escape, and keeps serving', async () => {
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const url = /Local:\s+(?:\x1b\[[\d;]*m)*(http:\/\/[^/\s\x1b]+)/.exec(out)?.[1];
        if (url) resolve(url);
      });
      server.on('exit', (code) => reject(new Error(`npm start ended with ${code}: ${out}`)));
    });
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${origin}/faq-data/%E0%A4%A.json`)).status).toBe(400);
    // Still alive: the next request is served.
    const manifest = await fetch(`${origin}/faq-data/index.json`);
    expect(manifest.status).toBe(200);
    expect(await manifest.json()).toMatchObject({ version: 1, defaultLocale: 'en' });
  } finally {
    server.kill();
  }
}, 60_000);
