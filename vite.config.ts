import { cpSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The distributable (contract section 6): one classic script that a city pastes into a
// page, with the faq-data folder and the demo pages beside it. `--mode editor-preview`
// adds the script of the editors' preview page, which carries the FAQ checker too.
export default defineConfig(({ mode }) => ({
  // JSX becomes calls of Preact's h(), which the bundle holds anyway (@preact/signals uses
  // it), rather than of its jsx-runtime: 250 bytes less after gzip. TypeScript checks the
  // JSX as before.
  oxc: {
    jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
    jsxInject: "import { h, Fragment } from 'preact'",
  },
  build: {
    target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
    lib: {
      entry: mode === 'editor-preview' ? 'src/preview/main.tsx' : 'src/embed.ts',
      formats: ['iife'],
      name: 'FaqChatBundle',
      fileName: () => (mode === 'editor-preview' ? 'preview.js' : 'faq-chat.js'),
    },
    emptyOutDir: mode !== 'editor-preview',
    minify: true,
    reportCompressedSize: false,
  },
  plugins: mode === 'editor-preview' ? [] : [copyBeside()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/support/setup.ts'],
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
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
}));

// Copies the faq-data folder and the demo pages into dist/ after the script is built.
function copyBeside(): Plugin {
  return {
    name: 'faq-chat:copy-beside',
    apply: (config) => config.build?.write !== false,
    closeBundle() {
      cpSync('faq-data', 'dist/faq-data', { recursive: true });
      cpSync('demo', 'dist', { recursive: true });
    },
  };
}
