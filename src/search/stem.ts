// Stemmers for the Latin-script locales: they strip the endings that separate a visitor's
// word from the FAQ's (plural, tense, gender, -ly, -tion), so that "joining" finds "join"
// and "asociaciones" finds "asociación". They work on words already folded by the
// tokenizer (lower case, no accents). English follows the Snowball algorithm, which ranks
// StackFAQ better than a light stemmer did (top-1 0.724 → 0.731, R@3 0.854 → 0.865);
// Spanish, Portuguese and French have light ones, the last two with Snowball's R2 region
// for long endings (held-out found 0.942 → 0.955, misled 0.027 → 0.018).

type Stemmer = (word: string) => string;

// English: the Snowball (Porter2) algorithm. Words come folded (lower case, no accents)
// and without apostrophes, so the steps that handle those are left out.
const VOWEL = /[aeiouy]/;
const SHORT_SYLLABLE = /(^[aeiouy][^aeiouy]$)|([^aeiouy][aeiouy][^aeiouywxY]$)/;
const LI_ENDING = /[cdeghkmnrt]$/;
const DOUBLE = /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/;
// Forms the rules would stem wrongly, from the algorithm's own list.
const ENGLISH_EXCEPTIONS = new Map([
  ['skis', 'ski'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['idly', 'idl'],
  ['gently', 'gentl'],
  ['ugly', 'ugli'],
  ['early', 'earli'],
  ['only', 'onli'],
  ['singly', 'singl'],
  ['sky', 'sky'],
  ['news', 'news'],
  ['atlas', 'atlas'],
  ['bias', 'bias'],
]);

// The start of the region after the first consonant that follows a vowel, from `from` on.
function region(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (!VOWEL.test(word[i]) && VOWEL.test(word[i - 1])) return i + 1;
  return word.length;
}

// The longest of the endings that the word has, or ''.
function longest(word: string, endings: string[]): string {
  return endings.reduce((found, ending) => (ending.length > found.length && word.endsWith(ending) ? ending : found), '');
}

const STEP2: [string, string][] = [
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['entli', 'ent'],
  ['izer', 'ize'],
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['alli', 'al'],
  ['fulness', 'ful'],
  ['ousli', 'ous'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['bli', 'ble'],
  ['ogi', 'og'],
  ['fulli', 'ful'],
  ['lessli', 'less'],
  ['li', ''],
];
const STEP3: [string, string][] = [
  ['tional', 'tion'],
  ['ational', 'ate'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
  ['ative', ''],
];
const STEP4 = 'al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion'.split(' ');

function english(input: string): string {
  if (input.length <= 2) return input;
  const exception = ENGLISH_EXCEPTIONS.get(input);
  if (exception) return exception;
  // A y that begins the word or follows a vowel is a consonant: Y.
  let word = input.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  // These prefixes would otherwise put R1 too early ("generous", "communal").
  const r1 = word.match(/^(gener|commun|arsen)/)?.[0].length ?? region(word, 0);
  const r2 = region(word, r1);
  const vowelBefore = (end: number) => VOWEL.test(word.slice(0, end));
  const short = () => SHORT_SYLLABLE.test(word) && r1 >= word.length;
  const swap = (ending: string, by: string) => (word = word.slice(0, word.length - ending.length) + by);

  // Step 1a: plurals.
  let ending = longest(word, ['sses', 'ied', 'ies', 's', 'us', 'ss']);
  if (ending === 'sses') swap(ending, 'ss');
  else if (ending === 'ied' || ending === 'ies') swap(ending, word.length > 4 ? 'i' : 'ie');
  else if (ending === 's' && vowelBefore(word.length - 2)) swap(ending, '');
  // Step 1b: -ed, -ing.
  ending = longest(word, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
  if (ending.startsWith('eed')) {
    if (word.length - ending.length >= r1) swap(ending, 'ee');
  } else if (ending && vowelBefore(word.length - ending.length)) {
    swap(ending, '');
    if (/(at|bl|iz)$/.test(word)) word += 'e';
    else if (DOUBLE.test(word)) word = word.slice(0, -1);
    else if (short()) word += 'e';
  }
  // Step 1c: a final y after a consonant, not the first letter, is i.
  if (/.[^aeiouy][yY]$/.test(word)) swap('y', 'i');
  // Steps 2 to 4: derivational endings, each only within its region.
  for (const [rules, from] of [
    [STEP2, r1],
    [STEP3, r1],
  ] as const) {
    const ending = longest(
      word,
      rules.map(([ending]) => ending),
    );
    if (!ending || word.length - ending.length < from) continue;
    if (ending === 'ogi' && !word.endsWith('logi')) continue;
    if (ending === 'li' && !LI_ENDING.test(word.slice(0, -2))) continue;
    if (ending === 'ative' && word.length - ending.length < r2) continue;
    swap(ending, rules.find((rule) => rule[0] === ending)![1]);
  }
  ending = longest(word, STEP4);
  if (ending && word.length - ending.length >= r2 && (ending !== 'ion' || /[st]ion$/.test(word))) swap(ending, '');
  // Step 5: a final e or ll.
  if (word.endsWith('e') && (word.length - 1 >= r2 || (word.length - 1 >= r1 && !SHORT_SYLLABLE.test(word.slice(0, -1))))) {
    word = word.slice(0, -1);
  } else if (word.endsWith('ll') && word.length - 1 >= r2) word = word.slice(0, -1);
  return word.replace(/Y/g, 'y');
}

// Each list is tried longest ending first, and the first ending that leaves a stem of
// `minStem` letters goes; "oes>ao" replaces the ending instead. Plurals go first, so that
// "asociaciones" and "asociacion" then lose the same ending.
// With `inR2`, as in Snowball's French and Portuguese stemmers, an ending of four letters or
// more (-ment, -ation, -able, -idade) goes only from R2, the region after a word's second
// vowel and consonant: "adhérents" then meets "adhérer" on "adher" instead of shrinking to
// "adh", and "qualidade" no longer meets the question word "qual". Spanish measured worse
// with it (README, "How it answers").
function suffixStemmer(plurals: string, suffixes: string, minStem: number, inR2 = false): Stemmer {
  const rules = (list: string) =>
    list
      .split(' ')
      .map((rule) => rule.split('>') as [string, string?])
      .sort((a, b) => b[0].length - a[0].length);
  const strip = (word: string, list: [string, string?][]) => {
    const r2 = inR2 ? region(word, region(word, 0)) : 0;
    for (const [ending, replacement = ''] of list) {
      const from = ending.length >= 4 ? Math.max(minStem, r2) : minStem;
      if (word.endsWith(ending) && word.length - ending.length >= from) return word.slice(0, -ending.length) + replacement;
    }
    return word;
  };
  const pluralRules = rules(plurals);
  const suffixRules = rules(suffixes);
  return (word) => (/\d/.test(word) ? word : strip(strip(word, pluralRules), suffixRules));
}

// Light stemmers: each strips the endings that most often differ. Over-stemming two words
// together costs less here than missing an answer: the FAQ is short and the question is
// ranked as a whole.
const spanish = suffixStemmer(
  'es s',
  'amiento imiento acion icion ucion adora ador mente ancia encia idad iva ivo able ible ista ' +
    'ando iendo aron ieron amos emos imos ado ido ada ida ar er ir an en a o e',
  3,
);

const portuguese = suffixStemmer(
  'oes>ao aes>ao ais>al eis>el ens>em is>il es s',
  'amento imento acao icao ucao adora ador mente ancia encia idade iva ivo avel ivel ista ' +
    'ando endo indo aram eram iram amos emos imos ado ido ada ida ar er ir am em a o e',
  3,
  true,
);

const french = suffixStemmer(
  'aux>al s x',
  'issement ation ition atrice ateur euse ement iquement ment ance ence ite ive if able ible iste ' +
    'aient erent eront erons ions ant ent ee er ez ait ai it e',
  3,
  true,
);

// A Map, not an object: a locale named "constructor" or "__proto__" must find no stemmer.
const STEMMERS = new Map<string, Stemmer>([
  ['en', (word) => (/\d/.test(word) ? word : english(word))],
  ['es', spanish],
  ['pt', portuguese],
  ['fr', french],
]);
const same: Stemmer = (word) => word;

/** The stemmer of a locale (by its language subtag); words pass unchanged when there is none. */
export function stemmer(locale: string): Stemmer {
  return STEMMERS.get(locale.toLowerCase().split('-')[0]) ?? same;
}

/** The most stems kept by `remembered`: a few hundred kilobytes. */
const REMEMBERED_STEMS = 10_000;

/**
 * A stemmer that stems each word once: words repeat. It forgets all it knows when it
 * knows `limit` words, so that a page that searches for ever does not grow for ever.
 */
export function remembered(stem: Stemmer, limit = REMEMBERED_STEMS, known = new Map<string, string>()): Stemmer {
  return (word) => {
    let stemmed = known.get(word);
    if (stemmed === undefined) {
      if (known.size >= limit) known.clear();
      known.set(word, (stemmed = stem(word)));
    }
    return stemmed;
  };
}
