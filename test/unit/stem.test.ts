import { describe, expect, it } from 'vitest';
import { createFaqIndex } from '../../src/search/FaqIndex';
import { remembered, stemmer } from '../../src/search/stem';
import { stopWords } from '../../src/search/stopWords';

describe('stemmer', () => {
  it.each([
    ['en', ['join', 'joins', 'joining', 'joined']],
    ['en', ['create', 'created', 'creating']],
    ['en', ['city', 'cities']],
    ['en', ['organization', 'organizations']],
    ['es', ['asociacion', 'asociaciones']],
    ['es', ['miembro', 'miembros']],
    ['pt', ['cidade', 'cidades']],
    ['pt', ['associacao', 'associacoes']],
    ['fr', ['adhesion', 'adhesions']],
    ['fr', ['membre', 'membres']],
  ])('%s: gives one stem to %j', (locale, words) => {
    const stem = stemmer(locale);
    expect(new Set(words.map(stem)).size).toBe(1);
  });

  it('en: stems as the Snowball (Porter2) algorithm does', () => {
    const cases = {
      generously: 'generous',
      consigned: 'consign',
      knightly: 'knight',
      caresses: 'caress',
      happy: 'happi',
      relational: 'relat',
      hopeful: 'hope',
      notifications: 'notif',
      controlling: 'control',
      hoping: 'hope',
      agreed: 'agre',
      feed: 'feed',
      communication: 'communic',
      ties: 'tie',
      cries: 'cri',
      gas: 'gas',
      skies: 'sky',
      played: 'play',
    };
    for (const [word, stem] of Object.entries(cases)) expect([word, stemmer('en')(word)]).toEqual([word, stem]);
  });

  it('fr, pt: strips a long ending only from R2, so that a short stem is not cut to a stub', () => {
    const [fr, pt, es] = [stemmer('fr'), stemmer('pt'), stemmer('es')];
    // "adhérents" met nothing on "adh"; from R2 it keeps "adher", as "adhérer" does.
    expect(['adherents', 'adherent', 'adherer', 'adhere'].map(fr)).toEqual(['adher', 'adher', 'adher', 'adher']);
    // "durable" no longer meets "dur" (hard), nor "qualidade" the question word "qual".
    expect(fr('durables')).toBe('durabl');
    expect(pt('qualidade')).toBe('qualidad');
    // Where R2 starts early enough, long endings still go.
    expect(fr('gouvernements')).toBe('gouvern');
    expect(fr('rapidement')).toBe('rapid');
    // Spanish keeps its light stemmer: long endings go wherever a stem of three letters stays.
    expect(es('fundadores')).toBe('fund');
  });

  it('keeps numbers and words of locales without a stemmer', () => {
    expect(stemmer('en')('1990s')).toBe('1990s');
    expect(stemmer('ko')('회원이')).toBe('회원이');
    expect(stemmer('pt-BR')('cidades')).toBe(stemmer('pt')('cidades'));
  });
});

describe('stopWords', () => {
  it('drops filler words but keeps question words', () => {
    expect(stopWords('en').has('the')).toBe(true);
    for (const word of ['when', 'where', 'who', 'why', 'how']) expect(stopWords('en').has(word)).toBe(false);
    expect(stopWords('es').has('cuando')).toBe(false);
    expect(stopWords('fr').has('quand')).toBe(false);
    expect(stopWords('ja').size).toBe(0);
  });
});

describe('stemmer lookup and memory', () => {
  it('finds no stemmer for locales named like properties of an object', async () => {
    for (const locale of ['constructor', '__proto__', 'Constructor-US', 'toString', 'hasOwnProperty']) {
      expect(stemmer(locale)('joining')).toBe('joining');
      const index = await createFaqIndex([{ id: 'a', question: 'Joining the club', answer: 'Fill in the form.' }], locale);
      expect(index.search('joining club').matches[0]?.id).toBe('a');
    }
  });

  it('keeps a bounded number of stems however many distinct words are searched', () => {
    const known = new Map<string, string>();
    const stem = remembered(stemmer('en'), 1000, known);
    for (let i = 0; i < 300_000; i++) stem(`word${i.toString(36)}ing`);
    expect(known.size).toBeLessThanOrEqual(1000);
    expect(stem('joining')).toBe(stemmer('en')('joining'));
  });
});
