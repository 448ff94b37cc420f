// Shared by the browser tests, `npm run bench` and `npm run screenshots`.
// A static server for dist/ on a free local port. Tests add pages of their own (a page
// with nothing but the script tag, a second origin's data) and may set response headers.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Page {
  /** Text, or bytes already encoded: a large body is then served as a static server serves a file. */
  body: string | Uint8Array;
  type?: string;
  headers?: Record<string, string>;
  /** Sent in pieces without a Content-Length, as a server that compresses as it sends does. */
  chunked?: boolean;
  /** The HTTP status. Default: 200. */
  status?: number;
  /** Answered only once this settles: a test holds a response back, as a slow network would. */
  until?: Promise<unknown>;
}

export interface TestServer {
  url: string;
  /** Serves `body` at `path`, taking precedence over files. */
  page(path: string, page: Page | string): void;
  /** Serves the file at `path` again. */
  unpage(path: string): void;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts a server for a folder on 127.0.0.1. With `gzip`, its files go compressed to a
 * browser that accepts it, as a real host sends them: what a slow network carries.
 */
export async function serve(root: string, { gzip = false } = {}): Promise<TestServer> {
  const pages = new Map<string, Page>();
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const page = pages.get(path);
    if (page) {
      await page.until;
      const length = page.chunked ? {} : { 'content-length': Buffer.byteLength(page.body) };
      response.writeHead(page.status ?? 200, { 'content-type': page.type ?? TYPES['.html'], ...length, ...page.headers });
      const body = Buffer.from(page.body);
      for (let at = 0; page.chunked && at < body.length; at += 64 * 1024) response.write(body.subarray(at, at + 64 * 1024));
      response.end(page.chunked ? undefined : body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const compress = gzip && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      // As a CDN that serves the widget to other origins does.
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        ...(compress && { 'content-encoding': 'gzip' }),
      });
      response.end(compress ? gzipSync(body) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    page: (path, page) => pages.set(path, typeof page === 'string' ? { body: page } : page),
    unpage: (path) => pages.delete(path),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
