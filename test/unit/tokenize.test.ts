import { describe, expect, it } from 'vitest';
import { type Evidence, scan } from '../../src/search/tokenize';

function analyze(text: string): { term: string; evidence: Evidence }[] {
  const tokens: { term: string; evidence: Evidence }[] = [];
  scan(text, (term, evidence) => tokens.push({ term, evidence }));
  return tokens;
}

const tokenize = (text: string) => analyze(text).map((token) => token.term);

describe('scan', () => {
  it('splits Latin text into words folded in case and accents', () => {
    expect(tokenize('Asociación de MUNICIPIOS, São Paulo!')).toEqual(['asociacion', 'de', 'municipios', 'sao', 'paulo']);
  });

  it('reads typographic punctuation as it reads ASCII punctuation: as a break between words', () => {
    expect(tokenize('ICLEI’s “Agenda 21” – history…')).toEqual(['iclei', 'agenda', '21', 'history']);
    // Such text takes the ASCII path; an accent sends the same text down the full path,
    // which must find the same terms in it.
    for (let code = 0x2000; code <= 0x206f; code++) {
      const text = `ab${String.fromCharCode(code)}cd`;
      expect(tokenize(`${text} é`), code.toString(16)).toEqual([...tokenize(text), 'e']);
    }
  });

  it('drops French elisions and the English possessive', () => {
    expect(tokenize("l'adhésion d’ICLEI qu'est-ce ICLEI's")).toEqual(['adhesion', 'iclei', 'est', 'ce', 'iclei']);
  });

  it('leaves kana and Hangul whole while folding Latin accents', () => {
    // NFKD plus mark stripping would turn が into か and take 회 apart.
    expect(tokenize('が')).toEqual(['が']);
    expect(tokenize('회원')).toEqual(['회원']);
  });

  it('splits Chinese into characters and pairs, the same wherever the word stands', () => {
    expect(tokenize('会费')).toEqual(['会', '费', '会费']);
    expect(tokenize('宜可城会费多少')).toEqual(expect.arrayContaining(['会费']));
    expect(tokenize('会费是多少')).toEqual(expect.arrayContaining(['会费']));
  });

  it('splits Japanese kana runs into pairs and separates them from kanji', () => {
    expect(tokenize('イクレイは')).toEqual(['イク', 'クレ', 'レイ', 'は']);
    expect(tokenize('加盟したい')).toEqual(['加', '盟', '加盟', 'した', 'たい']);
  });

  it('gives the same pairs to Korean words whatever particle follows', () => {
    const withI = tokenize('회원이');
    const withEun = tokenize('회원은');
    expect(withI).toContain('회원');
    expect(withEun).toContain('회원');
  });

  it('splits at script boundaries', () => {
    expect(tokenize('ICLEI는')).toEqual(['iclei', '는']);
    expect(tokenize('ICLEIの本部')).toEqual(['iclei', 'の', '本', '部', '本部']);
  });

  it('turns half-width katakana and full-width Latin into their usual forms', () => {
    expect(tokenize('ｲｸﾚｲ')).toEqual(tokenize('イクレイ'));
    expect(tokenize('ＩＣＬＥＩ')).toEqual(['iclei']);
  });

  it('keeps numbers, also next to CJK characters', () => {
    expect(tokenize('1990年')).toEqual(['1990', '年']);
  });

  it('parts letters from digits', () => {
    expect(tokenize('agenda21 CO2')).toEqual(['agenda', '21', 'co', '2']);
  });

  it('marks what a term tells: words and characters strong, particles and shorthand weak, Korean endings half', () => {
    const evidence = (text: string) => Object.fromEntries(analyze(text).map((token) => [token.term, token.evidence]));
    expect(evidence('iclei q')).toEqual({ iclei: 'strong', q: 'weak' });
    expect(evidence('회원이')).toEqual({ 회원: 'strong', 원이: 'half' });
    expect(evidence('会费')).toEqual({ 会: 'strong', 费: 'strong', 会费: 'none' });
    expect(evidence('パスポートを')).toMatchObject({ パス: 'strong', スポ: 'strong', を: 'weak' });
    // Japanese: a compound counts by its pairs, a lone Han character by itself, and a run
    // of hiragana by its first pair only.
    expect(evidence('犬の登録はどこですか')).toEqual({
      犬: 'strong',
      の: 'weak',
      登: 'none',
      録: 'none',
      登録: 'strong',
      はど: 'weak',
      どこ: 'none',
      こで: 'none',
      です: 'none',
      すか: 'none',
    });
  });

  it('finds nothing in punctuation, symbols and white space', () => {
    expect(tokenize(' ?!… — <> {} \u200b ')).toEqual([]);
  });
});

describe('Arabic', () => {
  const terms = (text: string) => {
    const found: string[] = [];
    scan(text, (term) => found.push(term));
    return found;
  };

  it('finds a word typed with or without its short vowels (tashkeel) and tatweel', () => {
    expect(terms('مَتَى تَأَسَّسَتْ المُنَظَّمَة')).toEqual(terms('متى تأسست المنظمة'));
    expect(terms('منـــظمة')).toEqual(terms('منظمة'));
  });

  it('finds a word typed with any form of alef, alef maksura or taa marbuta', () => {
    expect(terms('أعضاء إقليمي آخر')).toEqual(terms('اعضاء اقليمي اخر'));
    expect(terms('متى المنظمة')).toEqual(terms('متي المنظمه'));
  });
});

describe('a hostile run of combining marks', () => {
  it("is cut to Unicode's stream-safe 30 marks before normalization, whose time grows with the square of a run", () => {
    const asked: string[] = [];
    const normalize = String.prototype.normalize;
    String.prototype.normalize = function (this: string, form?: string) {
      asked.push(this);
      return normalize.call(this, form);
    };
    try {
      const terms: string[] = [];
      scan(`é${'\u0301'.repeat(150_000)} agenda`, (term) => terms.push(term));
      expect(terms.at(-1)).toBe('agenda');
    } finally {
      String.prototype.normalize = normalize;
    }
    const longestRun = Math.max(...asked.map((text) => Math.max(0, ...(text.match(/\p{M}+/gu) ?? []).map((run) => run.length))));
    expect(longestRun).toBeLessThanOrEqual(31);
  });
});
