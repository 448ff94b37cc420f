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

/** Splits text into search terms: folded words, and pairs of characters for CJK scripts. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const [run, han, hiragana, katakana, hangul] of text.normalize('NFKC').matchAll(RUNS)) {
    if (han) pairs(han, terms, true);
    else if (hiragana || katakana || hangul) pairs(run, terms, false);
    else {
      const word = foldLatin(run.toLowerCase());
      if (!CLITICS.has(word)) terms.push(word);
    }
  }
  return terms;
}

// A single Chinese character is often a word of its own (钱, 会), so Han runs give their
// characters as well as their pairs; kana and Hangul give a lone character only when the
// run has just one.
function pairs(run: string, terms: string[], withSingles: boolean): void {
  const chars = Array.from(run);
  if (chars.length === 1 || withSingles) terms.push(...chars);
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
}

// NFKD with all marks stripped would also turn が into か and take Hangul syllables apart,
// so only marks that follow a Latin letter go.
function foldLatin(word: string): string {
  return word.normalize('NFKD').replace(LATIN_MARKS, '$1').normalize('NFC');
}
