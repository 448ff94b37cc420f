// `npm start`: the demo city page with the widget built from src/, reloaded whenever src/ or
// faq-data/ change. The page loads faq-chat.js as a classic script, exactly as a city's
// page does, so the widget is bundled as for release rather than served as modules.
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { build, createServer, type Plugin, type Rolldown } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
let bundle: Promise<string> = bundleWidget();

async function bundleWidget(): Promise<string> {
  const output = (await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { write: false, minify: false },
  })) as Rolldown.RolldownOutput[];
  return output[0].output[0].type === 'chunk' ? output[0].output[0].code : '';
}

function widgetAndData(): Plugin {
  return {
    name: 'faq-chat:demo',
    configureServer(server) {
      server.watcher.add([join(ROOT, 'src'), join(ROOT, 'faq-data')]);
      server.watcher.on('change', (file) => {
        const where = relative(ROOT, file);
        if (where.startsWith('src')) bundle = bundleWidget().catch((error) => `console.error(${JSON.stringify(String(error))})`);
        if (where.startsWith('src') || where.startsWith('faq-data')) {
          void bundle.then(() => server.ws.send({ type: 'full-reload' }));
          console.log(`${where} changed: reloading the demo`);
        }
      });
      server.middlewares.use(async (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        if (path === '/faq-chat.js') {
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          return response.end(await bundle);
        }
        if (!path.startsWith('/faq-data/') || path.includes('..')) return next();
        try {
          const body = await readFile(join(ROOT, path));
          response.setHeader('content-type', extname(path) === '.json' ? 'application/json; charset=utf-8' : 'text/plain');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end('not found');
        }
      });
    },
  };
}

const server = await createServer({ configFile: false, root: join(ROOT, 'demo'), plugins: [widgetAndData()] });
await server.listen();
server.printUrls();
