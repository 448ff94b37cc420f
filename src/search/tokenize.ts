// One tokenizer serves indexing and querying, so that a text and a question about it
// always break into the same terms. It splits at script boundaries first ("ICLEI는",
// "ICLEIの"), then treats each run by what its script needs:
// - letters of alphabetic scripts form words, folded in case, and for Latin letters also
//   in diacritics, so that "asociacion" finds "asociación";
// - Chinese characters and kana have no spaces between words, so they become overlapping
//   pairs of characters ("设立时间" → 设立, 立时, 时间): the same pairs come out whatever
//   surrounds a word, which a dictionary segmenter does not promise;
// - Korean attaches particles to words (회원이, 회원은), so Hangul words also become pairs,
//   and 회원 is found under either spelling.

// Each alternative is one run: Han, hiragana, katakana (with its long-vowel mark), Hangul,
// or a word of any other script (letters, marks and digits).
const RUNS =
  /(\p{sc=Han}+)|(\p{sc=Hiragana}+)|([\p{sc=Katakana}\u30fc]+)|(\p{sc=Hangul}+)|((?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc])[\p{L}\p{M}\p{N}])+)/gu;
const LATIN_MARKS = /(\p{sc=Latin})(\p{M}+)/gu;
// French and Italian elide articles and pronouns before a vowel ("l'adhésion",
// "qu'est-ce"); English adds possessive 's. Those pieces carry no meaning of their own.
const CLITICS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/** A search term, and whether it says anything when the FAQ lacks it. */
export interface Token {
  term: string;
  /**
   * A pair of characters that may straddle a word boundary (是什 in 是什么) or hold a
   * particle (원이 in 회원이), or a word of one or two letters ("q", "pq", chat shorthand).
   * Such a term that the FAQ lacks says nothing about the question, where an unknown
   * word does.
   */
  weak: boolean;
}

/** Splits text into search terms: folded words, and pairs of characters for CJK scripts. */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  for (const [run, han, hiragana, katakana, hangul] of text.normalize('NFKC').matchAll(RUNS)) {
    if (han || hiragana || katakana || hangul) pairs(run, tokens, Boolean(han), Boolean(hangul));
    else {
      // Letters and digits part ways: "agenda21" is "agenda 21".
      for (const [word] of foldLatin(run.toLowerCase()).matchAll(/\p{N}+|[^\p{N}]+/gu)) {
        if (!CLITICS.has(word)) tokens.push({ term: word, weak: word.length <= 2 && !/\p{N}/u.test(word) });
      }
    }
  }
  return tokens;
}

/** The terms of a text, as the index stores them. */
export function tokenize(text: string): string[] {
  return analyze(text).map((token) => token.term);
}

// A single Chinese character is often a word of its own (钱, 会), so Han runs give their
// characters as well as their pairs; kana and Hangul give a lone character only when the
// run has just one. A Korean word starts with its stem, so its first pair is no fragment.
function pairs(run: string, tokens: Token[], withSingles: boolean, stemFirst: boolean): void {
  const chars = Array.from(run);
  if (chars.length === 1 || withSingles) for (const char of chars) tokens.push({ term: char, weak: false });
  for (let i = 0; i + 1 < chars.length; i++) {
    tokens.push({ term: chars[i] + chars[i + 1], weak: !(stemFirst && i === 0) });
  }
}

// NFKD with all marks stripped would also turn が into か and take Hangul syllables apart,
// so only marks that follow a Latin letter go.
function foldLatin(word: string): string {
  return word.normalize('NFKD').replace(LATIN_MARKS, '$1').normalize('NFC');
}
