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

// Words first (letters, marks and digits); most are plain ASCII and need nothing more.
// Others are split into runs: Han, hiragana, katakana (with its long-vowel mark), Hangul,
// or any other script.
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
// ASCII with typographic punctuation (’ “ ” – — …), which separates words and which
// NFKC turns into no letter, mark or digit: such text needs no more than ASCII does. ‗
// and ‾ are left out: NFKC gives them a combining mark.
const PLAIN = /^[\x00-\x7f\u2000-\u2016\u2018-\u203d\u203f-\u206f]*$/;
const RUNS = new RegExp(
  String.raw`(\p{sc=Han}+)|(\p{sc=Hiragana}+)|([\p{sc=Katakana}\u30fc]+)|(\p{sc=Hangul}+)|` +
    String.raw`[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc]+`,
  'gu',
);
// A word with kana in it is Japanese, whose Han runs are searched as compounds (hanRun).
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const DIGITS = /\p{N}+|[^\p{N}]+/gu;
/**
 * The most marks on one letter that say anything: Unicode's stream-safe limit. More say
 * nothing, and NFKC takes a time that grows with the square of such a run: a hostile
 * alternate of 150,000 marks once cost every visitor 8.7 s (README, "Security").
 */
export const MOST_MARKS = 30;
const MARK_RUN = new RegExp(String.raw`(\p{M}{${MOST_MARKS}})\p{M}+`, 'gu');
const ASCII_PARTS = /[a-z]+|[0-9]+/g;
const LATIN_MARKS = /(\p{sc=Latin})(\p{M}+)/gu;
// Arabic is mostly written without its short vowels and other marks (tashkeel), and with or
// without the hamza on alef, so a word matches whichever way it was typed: the marks and the
// elongating tatweel go, the forms of alef become bare alef, alef maksura becomes ya, and taa
// marbuta becomes ha.
const ARABIC_MARKS = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const ARABIC_LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const ARABIC_FORMS = /[أإآٱىة]/g;
// French and Italian elide articles and pronouns before a vowel ("l'adhésion",
// "qu'est-ce"); English adds possessive 's. Those pieces carry no meaning of their own.
const CLITICS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/**
 * How much a term tells about what a question is about, for the confidence of an answer:
 * - `strong`: a word, a Chinese character, a pair of Han characters in Japanese, the stem
 *   of a Korean word; when the FAQ lacks it, the question is likely about something else;
 * - `weak`: a pair that may hold a particle (はい in はいつ), or a word of one or two
 *   letters ("q", "pq", chat shorthand); it counts only when the FAQ has it;
 * - `half`: a pair after the first of a Korean word (원이 in 회원이, 인가 in 누구인가요),
 *   mostly particles and endings that questions share whatever they ask; it counts half,
 *   and only when the FAQ has it;
 * - `none`: a pair of Chinese characters, whose characters count already; a character of
 *   a Japanese compound, whose pairs count; the rest of a run of hiragana. Such a term
 *   still ranks the entries.
 */
export type Evidence = 'strong' | 'weak' | 'half' | 'none';

/** Receives each term of a text, in order. */
export type Emit = (term: string, evidence: Evidence) => void;

/**
 * Splits text into search terms, folded words and pairs of characters for CJK scripts, and
 * hands each on as it is found: indexing a large FAQ meets a million of them.
 */
export function scan(text: string, emit: Emit): void {
  // Most text is plain ASCII: its words are runs of letters or of digits, found in one pass.
  if (PLAIN.test(text)) {
    ascii(text, emit);
    return;
  }
  for (const [word] of text.replace(MARK_RUN, '$1').normalize('NFKC').matchAll(WORDS)) {
    if (ASCII.test(word)) {
      ascii(word, emit);
      continue;
    }
    const japanese = KANA.test(word);
    for (const [run, han, hiragana, katakana, hangul] of word.matchAll(RUNS)) {
      if (han) hanRun(run, emit, japanese);
      else if (katakana) pairs(run, emit, 'strong', 'strong');
      // Hiragana is mostly grammar that every question shares: particles, endings, the
      // inflections of verbs (どこでできますか). Its first pair, a particle with what
      // follows or a short word written in kana (いつ), counts when the FAQ has it; the rest
      // only rank. Counting them all let an everyday question ("犬の登録はどこでできますか")
      // look answered by an entry that shared its endings.
      else if (hiragana) pairs(run, emit, 'weak', 'none');
      else if (hangul) pairs(run, emit, 'strong', 'half');
      else for (const [part] of foldArabic(foldLatin(run.toLowerCase())).matchAll(DIGITS)) alphabetic(part, emit);
    }
  }
}

function ascii(text: string, emit: Emit): void {
  for (const part of text.toLowerCase().match(ASCII_PARTS) ?? []) alphabetic(part, emit);
}

// Letters and digits part ways ("agenda21" is "agenda 21"); elided articles go.
function alphabetic(part: string, emit: Emit): void {
  if (!CLITICS.has(part)) emit(part, part.length <= 2 && !/^\p{N}/u.test(part) ? 'weak' : 'strong');
}

// Han runs give their characters as well as their pairs. In Chinese a single character is
// often a word of its own (钱, 会): the characters tell, the pairs only rank. In Japanese
// (a word with kana) most words in Han characters are compounds (登録, 手続): counted by
// character, each would count twice, and a question that shares one compound with an entry
// looked half answered by it. There the pairs tell, and a lone character (犬) stands for
// itself.
function hanRun(run: string, emit: Emit, japanese: boolean): void {
  const chars = Array.from(run);
  const single = japanese && chars.length > 1 ? 'none' : 'strong';
  for (const char of chars) emit(char, single);
  for (let i = 0; i + 1 < chars.length; i++) emit(chars[i] + chars[i + 1], japanese ? 'strong' : 'none');
}

// Kana and Hangul give a lone character only when the run has just one. `first` is what
// the first pair (or lone character) tells, `rest` the others: a Korean word starts with
// its stem, a katakana run is a whole loanword.
function pairs(run: string, emit: Emit, first: Evidence, rest: Evidence): void {
  const chars = Array.from(run);
  if (chars.length === 1) emit(run, first);
  for (let i = 0; i + 1 < chars.length; i++) emit(chars[i] + chars[i + 1], i === 0 ? first : rest);
}

/**
 * Folds Latin letters' diacritics ("adiós" → "adios"). NFKD with all marks stripped would
 * also turn が into か and take Hangul syllables apart, so only marks that follow a Latin
 * letter go.
 */
export function foldLatin(word: string): string {
  return word.normalize('NFKD').replace(LATIN_MARKS, '$1').normalize('NFC');
}

function foldArabic(word: string): string {
  return word.replace(ARABIC_MARKS, '').replace(ARABIC_FORMS, (letter) => ARABIC_LETTERS[letter]);
}
