// `npm start`: the demo city page with the widget built from src/, reloaded whenever src/ or
// faq-data/ change. The page loads faq-chat.js as a classic script, exactly as a city's
// page does, so the widget is bundled as for release rather than served as modules. When
// the faq-data folder has problems, the page shows them in an overlay, in the words of
// `npm run faq:check`.
import { extname, join, relative, resolve } from 'node:path';
import { build, createServer, type Plugin, type Rolldown } from 'vite';
import { checkFolder } from '../src/check/checkFolder';
import { folderFiles } from '../src/check/folderFiles';
import { formatReport } from '../src/check/formatReport';
import { readWithoutLinks } from '../src/check/withoutLinks';
import { integrity } from './integrity';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'faq-data');
const PREVIEW = '/preview.js';

function bundle(mode: string): Promise<Rolldown.OutputChunk> {
  return (
    build({ configFile: join(ROOT, 'vite.config.ts'), mode, logLevel: 'warn', build: { write: false, minify: false } }) as Promise<
      Rolldown.RolldownOutput[]
    >
  ).then(([output]) => output.output[0] as Rolldown.OutputChunk);
}

// Every script the page may load, by path: the loader, the parts it loads on intent (named
// after their content, as in dist/), and the preview's script. A build that fails leaves
// the page a script that tells why in the console.
async function scripts(): Promise<Map<string, string>> {
  try {
    const [app, preview] = await Promise.all([bundle('app'), bundle('editor-preview')]);
    const part = (chunk: Rolldown.OutputChunk) => ({ file: chunk.fileName, integrity: integrity(chunk.code) });
    process.env.FAQ_CHAT_PARTS = JSON.stringify({ app: part(app) });
    const loader = await bundle('production');
    return new Map([
      ['/faq-chat.js', loader.code],
      [`/${app.fileName}`, app.code],
      [PREVIEW, preview.code],
    ]);
  } catch (error) {
    const failed = `console.error(${JSON.stringify(String(error))})`;
    return new Map([
      ['/faq-chat.js', failed],
      [PREVIEW, failed],
    ]);
  }
}

// The checker reads only files inside faq-data, never through a link out of it, as
// faq:check does.
const data = folderFiles(DATA);

// The checker's report, when the folder has errors: shown in Vite's overlay.
async function problems(): Promise<string | null> {
  const report = await checkFolder((name) => data.read(name));
  if (!report.problems.some((problem) => problem.level === 'error')) return null;
  const texts = new Map<string, string | null>();
  for (const problem of report.problems) {
    try {
      texts.set(problem.file, data.read(problem.file));
    } catch {
      // A refused file is named in the report, without a line to show.
    }
  }
  return `The FAQ data has problems (npm run faq:check tells the same):\n\n${formatReport(report, (file) => texts.get(file) ?? null)}`;
}

function widgetAndData(): Plugin {
  let bundles = scripts();
  let report = problems();
  return {
    name: 'faq-chat:demo',
    configureServer(server) {
      const showProblems = async () => {
        const message = await report;
        if (message) server.ws.send({ type: 'error', err: { message, stack: '' } });
      };
      server.watcher.add([join(ROOT, 'src'), DATA]);
      server.watcher.on('change', (file) => {
        const where = relative(ROOT, file);
        if (where.startsWith('src')) bundles = scripts();
        if (where.startsWith('faq-data')) report = problems();
        if (!where.startsWith('src') && !where.startsWith('faq-data')) return;
        console.log(`${where} changed: reloading the demo`);
        void Promise.all([bundles, report]).then(() => server.ws.send({ type: 'full-reload' }));
      });
      // A page that (re)loads learns of the problems as soon as it connects.
      server.ws.on('connection', () => setTimeout(showProblems, 300));
      server.middlewares.use(async (request, response, next) => {
        // Any page the developer visits can send a request here. One that Node cannot
        // decode, such as /%E0%A4%A, would otherwise throw out of this function and end
        // the server.
        let path: string;
        try {
          path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        } catch {
          response.statusCode = 400;
          return response.end('Bad request: the address has a broken %-escape.');
        }
        const script = path.endsWith('.js') && (await bundles).get(path);
        if (script) {
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          return response.end(script);
        }
        if (!path.startsWith('/faq-data/') || path.includes('..')) return next();
        let body: Buffer | null;
        try {
          body = readWithoutLinks(DATA, path.slice('/faq-data/'.length));
        } catch (error) {
          // A symbolic link is not served, whatever it points at (README, "Security").
          response.statusCode = 403;
          return response.end(String((error as Error).message));
        }
        response.statusCode = body ? 200 : 404;
        response.setHeader('content-type', extname(path) === '.json' ? 'application/json; charset=utf-8' : 'text/plain');
        response.end(body ?? 'not found');
      });
    },
  };
}

const server = await createServer({ configFile: false, root: join(ROOT, 'demo'), plugins: [widgetAndData()] });
await server.listen();
server.printUrls();
