// Light stemmers for the Latin-script locales: they strip the endings that most often
// separate a visitor's word from the FAQ's (plural, tense, gender, -ly, -tion), so that
// "joining" finds "join" and "asociaciones" finds "asociación". They work on words already
// folded by the tokenizer (lower case, no accents). Over-stemming two words together costs
// less here than missing an answer: the FAQ is short and the question is ranked as a whole.

type Stemmer = (word: string) => string;

// Each list is tried longest ending first, and the first ending that leaves a stem of
// `minStem` letters goes; "ies>i" replaces the ending instead. Plurals go first, so that
// "organizations" and "organization" then lose the same ending.
function suffixStemmer(plurals: string, suffixes: string, minStem: number, finish: Stemmer = (word) => word): Stemmer {
  const rules = (list: string) =>
    list
      .split(' ')
      .map((rule) => rule.split('>') as [string, string?])
      .sort((a, b) => b[0].length - a[0].length);
  const strip = (word: string, list: [string, string?][]) => {
    for (const [ending, replacement = ''] of list) {
      if (word.endsWith(ending) && word.length - ending.length >= minStem) return word.slice(0, -ending.length) + replacement;
    }
    return word;
  };
  const pluralRules = rules(plurals);
  const suffixRules = rules(suffixes);
  return (word) => (/\d/.test(word) ? word : finish(strip(strip(word, pluralRules), suffixRules)));
}

const english = suffixStemmer(
  'sses>ss ies>i ss>ss us>us is>is s',
  'ational tional ization isation ation ator ity ment ness fully ful ously ous ively ive able ible ize ise izing ising ' +
    'ized ised ing edly ed er ly y>i',
  3,
  // "running" → "runn" → "run"; "create" and "creat-ed" → "creat"
  (stem) => stem.replace(/([bdfgmnprt])\1$/, '$1').replace(/e$/, ''),
);

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
);

const french = suffixStemmer(
  'aux>al s x',
  'issement ation ition atrice ateur euse ement iquement ment ance ence ite ive if able ible iste ' +
    'aient erent eront erons ions ant ent ee er ez ait ai it e',
  3,
);

// A Map, not an object: a locale named "constructor" or "__proto__" must find no stemmer.
const STEMMERS = new Map<string, Stemmer>([['en', english], ['es', spanish], ['pt', portuguese], ['fr', french]]);
const same: Stemmer = (word) => word;

/** The stemmer of a locale (by its language subtag); words pass unchanged when there is none. */
export function stemmer(locale: string): Stemmer {
  return STEMMERS.get(locale.toLowerCase().split('-')[0]) ?? same;
}

/** The most stems kept by `remembered`: a few hundred kilobytes. */
export const REMEMBERED_STEMS = 10_000;

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
