// The guides of docs/integrations.md, as a city's web team pastes them: every snippet names
// the site's own contact page, sets only what the loader reads, forces no language, and the
// npm package's React and Vue snippets type-check under strict TypeScript against the
// package's own types (dist/types, from `npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('docs/integrations.md', 'utf8');

interface Snippet {
  section: string;
  language: string;
  code: string;
}

// Each guide is a "## " section; each snippet a fenced block, indented or not.
const sections = guide
  .split(/^## /m)
  .slice(1)
  .map((text) => ({ title: text.slice(0, text.indexOf('\n')), text }));
const snippets: Snippet[] = sections.flatMap(({ title, text }) =>
  [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map(([, indent, language, code]) => ({
    section: title,
    language,
    code: code.replace(new RegExp(`^${indent}`, 'gm'), ''),
  })),
);

// The data-* attributes the loader reads, as src/config.ts reads them.
const loaderAttributes = new Set(
  [...readFileSync('src/config.ts', 'utf8').matchAll(/attr\('([\w-]+)'\)/g)].map(([, name]) => `data-${name}`),
);

describe('the integration guides', () => {
  it('are read as six guides with their snippets', () => {
    expect(sections.map(({ title }) => title)).toEqual([
      'WordPress',
      'Drupal',
      'TYPO3',
      'Joomla',
      'Google Tag Manager',
      'A React or Vue app (the npm package)',
    ]);
    expect(loaderAttributes).toContain('data-contact');
  });

  it.each(sections.map(({ title }) => title))(
    '%s: a snippet names the contact page, and the text says what happens without it',
    (title) => {
      const mine = snippets.filter(({ section }) => section === title);
      expect(mine.some(({ code }) => /data-contact|\bcontact:/.test(code))).toBe(true);
      const text = sections.find((section) => section.title === title)!.text;
      expect(text).toMatch(/Without\s+`(data-)?contact`,\s+unanswered\s+questions\s+are\s+sent\s+to\s+the\s+FAQ\s+file's\s+contact/);
      expect(text).toMatch(/ICLEI's/);
    },
  );

  it('puts data-contact on every tag that loads the widget, with only attributes the loader reads', () => {
    const tags = snippets.flatMap(({ code }) => [...code.matchAll(/<script [^>]*faq-chat[^>]*>/g)].map(([tag]) => tag));
    expect(tags.length).toBeGreaterThanOrEqual(3);
    const tagManager = /window\.FaqChatConfig/;
    for (const { code } of snippets) {
      for (const [tag] of code.matchAll(/<script [^>]*faq-chat[^>]*>/g)) {
        if (!tagManager.test(code)) expect(tag).toContain('data-contact=');
        for (const [name] of tag.matchAll(/data-[\w-]+/g)) expect(loaderAttributes, tag).toContain(name);
      }
    }
  });

  it('gives the PHP and YAML snippets data-contact, and only attributes the loader reads', () => {
    const php = snippets.filter(({ language }) => language === 'php');
    const yaml = snippets.filter(({ language }) => language === 'yaml');
    expect(php.length).toBeGreaterThan(0);
    expect(yaml.length).toBeGreaterThan(0);
    for (const { code } of [...php, ...yaml]) {
      expect(code).toContain('data-contact');
      for (const [name] of code.matchAll(/data-[\w-]+/g)) expect(loaderAttributes, code).toContain(name);
    }
  });

  it('forces no language on the site: no snippet sets data-locale or locale', () => {
    for (const { section, code } of snippets) expect(code, section).not.toMatch(/data-locale|\blocale:/);
  });

  it('says where the npm package keeps faq-data', () => {
    const npm = sections.at(-1)!.text;
    expect(npm).toContain('node_modules/faq-chat/faq-data/');
    expect(snippets.some(({ code }) => code.includes('cp -r node_modules/faq-chat/faq-data public/faq-data'))).toBe(true);
  });

  it('has React and Vue snippets and FaqChatConfig settings that type-check under strict TypeScript', () => {
    const types = resolve('dist/types/index.d.ts');
    if (!existsSync(types)) throw new Error('dist/types/index.d.ts is missing: run "npm run build" first.');
    const folder = mkdtempSync(join(tmpdir(), 'faq-guides-'));
    const files: string[] = [];
    const add = (name: string, code: string) => {
      writeFileSync(join(folder, name), code);
      files.push(name);
    };
    // What the apps' own dependencies would declare, as little of it as the snippets use.
    add(
      'stubs.d.ts',
      `declare module 'react' { export function useEffect(effect: () => void | (() => void), deps?: unknown[]): void; }
declare module 'vue' { export function onMounted(hook: () => void): void; export function onBeforeUnmount(hook: () => void): void; }
interface Window { FaqChatConfig?: import('faq-chat').FaqChatOptions }
`,
    );
    const react = snippets.find(({ language, code }) => language === 'tsx' && code.includes("from 'react'"));
    const vue = snippets.find(({ language }) => language === 'vue');
    expect(react).toBeDefined();
    expect(vue).toBeDefined();
    add('react.tsx', react!.code);
    const script = /<script setup lang="ts">\n([\s\S]*?)<\/script>/.exec(vue!.code);
    expect(script, 'the Vue snippet has <script setup lang="ts">').not.toBeNull();
    add('vue.ts', script![1]);
    snippets
      .flatMap(({ code }) => [...code.matchAll(/window\.FaqChatConfig = [^;]*;/g)].map(([line]) => line))
      .forEach((line, index) => add(`config${index}.ts`, `${line}\nexport {};\n`));
    expect(files.length).toBeGreaterThanOrEqual(5);
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM'],
          jsx: 'preserve',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          verbatimModuleSyntax: true,
          types: [],
          paths: { 'faq-chat': [types] },
        },
        files,
      }),
    );
    let output = '';
    try {
      execFileSync(resolve('node_modules/.bin/tsc'), ['-p', join(folder, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      output = `${stdout}${stderr}` || String(error);
    }
    expect(output).toBe('');
  });
});
