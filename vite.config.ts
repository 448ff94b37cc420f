import { readdirSync, readFileSync } from 'node:fs';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { integrity } from './scripts/integrity';
import { copyWithoutLinks } from './src/check/withoutLinks';
import type { Parts } from './src/loader/parts';

// The distributable (README, "Development"; ARCHITECTURE.md, "Builds"). `npm run build` runs
// one build per file, in this order, since an IIFE bundle is one file:
// - `--mode app`: the rest of the widget, loaded on intent, named after its content, which
//   is also the worker that reads large data files;
// - the loader, `faq-chat.js`, the one file a page names, which carries the other files'
//   names and sha384 hashes, with the faq-data folder and the demo pages beside it;
// - `--mode editor-preview`: the editors' page's script (preview.html), which edits a faq-data
//   folder with the FAQ checker and writers, and previews it in the chat;
// - `--mode package`: the npm package's ES module entry in dist/esm/, whose rest is a chunk
//   that the site's own bundler loads on intent.
const ENTRIES: Record<string, string> = {
  app: 'src/app.ts',
  production: 'src/embed.ts',
  'editor-preview': 'src/preview/main.tsx',
  package: 'src/index.ts',
};
const PARTS = ['app'] as const;
// Unit tests of modules that need a page: storage, workers, the chat model.
const DOM_UNIT_TESTS = ['test/unit/history.test.ts', 'test/unit/readInWorker.test.ts', 'test/unit/hostileInput.test.ts'];

export default defineConfig(({ mode }) => ({
  // JSX becomes calls of Preact's h(), which the bundle holds anyway (@preact/signals uses
  // it), rather than of its jsx-runtime: 250 bytes less after gzip. TypeScript checks the
  // JSX as before. The import of h goes into .tsx files only (preactImport), so that the
  // loader, which has none, carries no Preact.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  // The npm package's worker is found beside its entry, wherever the site's bundler puts
  // the two: a path from the site's root ("/assets/…") would miss.
  base: mode === 'package' ? './' : undefined,
  // `npm start` builds the parts in memory and names them in FAQ_CHAT_PARTS instead.
  // Lightning CSS turns the CSS into what the target browsers read: light-dark(), for one,
  // becomes custom properties that color-scheme switches (src/loader/launcher.css).
  css: { transformer: 'lightningcss' },
  define: mode === 'production' ? { __FAQ_CHAT_PARTS__: process.env.FAQ_CHAT_PARTS ?? JSON.stringify(builtParts()) } : {},
  build: {
    target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
    lib:
      mode === 'package'
        ? { entry: ENTRIES.package, formats: ['es'], fileName: () => 'index.js' }
        : {
            entry: ENTRIES[mode] ?? ENTRIES.production,
            formats: ['iife'],
            name: 'FaqChatBundle',
            fileName: () => (mode === 'editor-preview' ? 'preview.js' : 'faq-chat.js'),
          },
    // Files loaded on intent are named after their content, so that a cached loader never
    // meets another version of them.
    rollupOptions: (PARTS as readonly string[]).includes(mode) ? { output: { entryFileNames: `faq-chat.${mode}-[hash].js` } } : {},
    outDir: mode === 'package' ? 'dist/esm' : 'dist',
    emptyOutDir: mode === 'app' || mode === 'package',
    minify: true,
    reportCompressedSize: false,
  },
  plugins: [leanI18next(), leanMiniSearch(), preactImport(), terserPass(), ...(mode === 'production' ? [copyBeside()] : [])],
  test: {
    projects: [
      {
        extends: true,
        test: {
          // Pure modules in Node: no page to set up, so the fast loop stays fast.
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: DOM_UNIT_TESTS,
          environment: 'node',
          setupFiles: ['test/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['test/components/**/*.test.{ts,tsx}', ...DOM_UNIT_TESTS],
          environment: 'happy-dom',
          setupFiles: ['test/support/setupDom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'tools',
          include: ['test/build/**/*.test.ts', 'test/tools/**/*.test.ts'],
          testTimeout: 20_000,
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state, which a busy machine may take seconds to reach
          // (two deep-link tests timed out at the default of 1 s): the test's timeout bounds it.
          expect: { poll: { timeout: 20_000 } },
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
}));

// i18next as the widget uses it (src/i18n/i18n.ts): strings given at init and added per
// locale, with plurals and {{…}} placeholders. Two of its parts would ride to every visitor
// unused, about 2.3 kB after gzip -9 (test/build/size.test.ts):
// - its warnings, written to the console only under `debug: true`, which the widget never
//   sets: each warning call stays, with an empty text, and of its errors only the one about
//   a browser without Intl, which every supported browser has, is emptied;
// - its Formatter, for placeholders with a format ("{{price, currency}}"), which no string
//   of the widget has: a site's own string with one shows the value as it is; and its
//   backend Connector, since the widget loads its strings itself. Each becomes the least
//   that i18next calls on it.
// The build fails if i18next's file no longer has them where this expects, so that an
// upgrade is checked here rather than shipped untried (README, "Development").
function leanI18next(): Plugin {
  const WARNING = /(logger\.(?:warn|log|deprecate)\()(?:'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")/g;
  const ADVICE = /'This means something IS WRONG[^']*'|'No Intl support[^']*'/g;
  const UNUSED: [RegExp, string][] = [
    [
      /\nconst parseFormatStr = [\s\S]*?\nclass Formatter \{[\s\S]*?\n\}\n/,
      '\nclass Formatter { init() {} format(value) { return value; } }\n',
    ],
    [
      /\nconst removePending = [\s\S]*?\nclass Connector extends EventEmitter \{[\s\S]*?\n\}\n/,
      `
class Connector extends EventEmitter {
  constructor(backend) { super(); this.backend = backend; this.state = {}; }
  load(languages, namespaces, callback) { callback?.(); }
  reload(languages, namespaces, callback) { callback?.(); }
}
`,
    ],
  ];
  return {
    name: 'faq-chat:lean-i18next',
    transform(code, id) {
      if (!id.includes('/node_modules/i18next/')) return undefined;
      let lean = code.replace(WARNING, "$1''").replace(ADVICE, "''");
      for (const [part, standIn] of UNUSED) {
        if (!part.test(lean))
          throw new Error(`i18next changed: ${part.source.slice(0, 60)}… not found in ${id}; see leanI18next in vite.config.ts.`);
        lean = lean.replace(part, standIn);
      }
      return lean;
    },
  };
}

// MiniSearch as the widget uses it (src/search/engine.ts): an engine filled from counted
// terms, then searched. Its methods that add, remove, discard and vacuum documents, suggest,
// and save or load an index would ride to every visitor unused, about 1.8 kB after gzip -9:
// each is left out of the build, as a whole method of the class. Tests in Node use
// MiniSearch whole, and check that the engine ranks as one built with `add`; the browser
// tests use the build. The build fails if a method is no longer where this expects, so that
// an upgrade is checked here rather than shipped untried (ARCHITECTURE.md, "Size budgets").
function leanMiniSearch(): Plugin {
  const UNUSED = [
    'add(document)',
    'addAll(documents)',
    'addAllAsync(documents, options = {})',
    'remove(document)',
    'removeAll(documents)',
    'discard(id)',
    'maybeAutoVacuum()',
    'discardAll(ids)',
    'replace(updatedDocument)',
    'vacuum(options = {})',
    'conditionalVacuum(options, conditions)',
    'async performVacuuming(options, conditions)',
    'vacuumConditionsMet(conditions)',
    'has(id)',
    'getStoredFields(id)',
    'autoSuggest(queryString, options = {})',
    'static loadJSON(json, options)',
    'static loadJS(js, options)',
    'static instantiateMiniSearch(js, options)',
    'toJSON()',
    'addTerm(fieldId, documentId, term)',
    'removeTerm(fieldId, documentId, term)',
    'warnDocumentChanged(shortDocumentId, fieldId, term)',
    'addDocumentId(documentId)',
    'addFieldLength(documentId, fieldId, count, length)',
    'removeFieldLength(documentId, fieldId, count, length)',
    'saveStoredFields(documentId, doc)',
  ];
  return {
    name: 'faq-chat:lean-minisearch',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/node_modules/minisearch/')) return undefined;
      let lean = code;
      for (const method of UNUSED) {
        // A method of the class: its first line, through the first line that closes it.
        const start = lean.indexOf(`\n    ${method} {\n`);
        const end = lean.indexOf('\n    }\n', start);
        if (start < 0 || end < 0 || lean.indexOf(`\n    ${method} {\n`, start + 1) >= 0) {
          throw new Error(`MiniSearch changed: ${method} not found once in ${id}; see leanMiniSearch in vite.config.ts.`);
        }
        lean = lean.slice(0, start) + lean.slice(end + '\n    }'.length);
      }
      return lean;
    },
  };
}

// Gives each .tsx file the import of Preact's h() and Fragment that its JSX turns into.
function preactImport(): Plugin {
  return {
    name: 'faq-chat:preact-import',
    enforce: 'pre',
    transform: (code, id) => (id.endsWith('.tsx') ? `import { h, Fragment } from 'preact';\n${code}` : undefined),
  };
}

// Vite minifies with oxc; terser, run over its output with its safe defaults, folds what
// oxc leaves and takes about 340 bytes more off the three files after gzip -9
// (test/build/size.test.ts prints the sizes). Five passes rather than two fold what the
// first ones opened up: about 100 bytes more off the loader and 25 off the app.
function terserPass(): Plugin {
  return {
    name: 'faq-chat:terser-pass',
    apply: (config) => config.build?.minify !== false,
    async generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = (await minify(file.code, { compress: { passes: 5 }, ecma: 2020 })).code ?? file.code;
      }
    },
  };
}

// Copies the faq-data folder and the demo pages into dist/ after the script is built. A
// symbolic link in either fails the build, naming the file (README, "Security").
function copyBeside(): Plugin {
  return {
    name: 'faq-chat:copy-beside',
    apply: (config) => config.build?.write !== false,
    closeBundle() {
      copyWithoutLinks('faq-data', 'dist/faq-data');
      copyWithoutLinks('demo', 'dist');
    },
  };
}

// The file the app build wrote into dist/, with its hash for the loader.
function builtParts(): Parts {
  const files = readdirSync('dist');
  const part = (name: string) => {
    const named = files.filter((file) => file.startsWith(`faq-chat.${name}-`) && file.endsWith('.js'));
    if (named.length !== 1) throw new Error(`Expected one dist/faq-chat.${name}-*.js, found ${named.length}: run "npm run build".`);
    return { file: named[0], integrity: integrity(readFileSync(`dist/${named[0]}`)) };
  };
  return { app: part('app') };
}
