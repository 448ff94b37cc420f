import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFaqIndex } from '../../src/search/FaqIndex';
import type { LocaleFile } from '../../src/data/types';

const en = JSON.parse(readFileSync('faq-data/en.json', 'utf8')) as LocaleFile;

describe('search', () => {
  it('answers a question phrased differently from the FAQ', async () => {
    const index = await createFaqIndex(en.entries, 'en');
    const result = index.search('When did ICLEI start?');
    expect(result.best?.id).toBe('founded');
  });
  it('answers nothing to a question the FAQ is not about', async () => {
    const index = await createFaqIndex(en.entries, 'en');
    expect(index.search('How do I pay a parking ticket?').best).toBeNull();
  });
});
