import { describe, expect, it } from 'vitest';
import { chooseLocale, matchLocale } from '../../src/i18n/matchLocale';

const SEVEN = ['en', 'es', 'fr', 'pt', 'ko', 'ja', 'zh'];

describe('matchLocale', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['zh-Hans-CN', 'zh'],
    ['ko-KR', 'ko'],
    ['zh-TW', 'zh'],
    ['EN-gb', 'en'],
    ['fr_CA', 'fr'],
  ])('maps %s to %s', (tag, locale) => expect(matchLocale(tag, SEVEN)).toBe(locale));

  it('prefers a more specific locale when the manifest has one', () => {
    expect(matchLocale('zh-TW', [...SEVEN, 'zh-Hant'])).toBe('zh-Hant');
    expect(matchLocale('zh-Hant-HK', [...SEVEN, 'zh-Hant'])).toBe('zh-Hant');
    expect(matchLocale('pt-PT', [...SEVEN, 'pt-PT'])).toBe('pt-PT');
    expect(matchLocale('pt-BR', [...SEVEN, 'pt-PT'])).toBe('pt');
  });

  it('matches nothing for unknown or malformed tags', () => {
    expect(matchLocale('de-DE', SEVEN)).toBeNull();
    expect(matchLocale('not a tag!', SEVEN)).toBeNull();
    expect(matchLocale('', SEVEN)).toBeNull();
  });
});

describe('chooseLocale', () => {
  it('takes the first wanted tag the manifest serves, else the default', () => {
    expect(chooseLocale([null, 'de', 'ja-JP', 'ko'], SEVEN, 'en')).toBe('ja');
    expect(chooseLocale(['de', undefined], SEVEN, 'en')).toBe('en');
  });
});
