// The editors' commands see a faq-data folder through openFolder: each file parsed once,
// and again after it is written.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolder } from '../../src/editor/faqFolder';

describe('openFolder', () => {
  it('parses a locale file once, and again after writing it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'faq-folder-')), 'faq-data');
    cpSync('faq-data', path, { recursive: true });
    const folder = openFolder(path);
    const entries = folder.entries('en');
    expect(folder.entries('en')).toBe(entries);
    folder.write('en.json', JSON.stringify({ locale: 'en', entries: [{ id: 'new', question: 'Q?', answer: 'A.' }] }));
    expect(folder.entries('en').map((entry) => entry.id)).toEqual(['new']);
  });
});
