// Light stemmers for the Latin-script locales: they strip the endings that most often
// separate a visitor's word from the FAQ's (plural, tense, gender, -ly, -tion), so that
// "joining" finds "join" and "asociaciones" finds "asociación". They work on words already
// folded by the tokenizer (lower case, no accents). Over-stemming two words together costs
// less here than missing an answer: the FAQ is short and the question is ranked as a whole.

type Stemmer = (word: string) => string;

// Endings tried longest first; the first that leaves a long enough stem is removed.
function suffixStemmer(suffixes: string, minStem: number, finish: Stemmer = (word) => word): Stemmer {
  const list = suffixes.split(' ').sort((a, b) => b.length - a.length);
  return (word) => {
    if (/\d/.test(word)) return word;
    for (const suffix of list) {
      if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return finish(word.slice(0, -suffix.length));
    }
    return finish(word);
  };
}

const english = suffixStemmer(
  'ational tional ization isation ations ation ators ator ities ity ments ment ness fully ful ously ous ively ive ' +
    'ables able ibles ible izes ized izing ises ised ising ings ing edly ed ers er ies ly es s',
  3,
  // "running" → "runn" → "run"; "create"/"creat-ed" → "creat"
  (stem) => stem.replace(/([bdfgmnprt])\1$/, '$1').replace(/e$/, ''),
);

const spanish = suffixStemmer(
  'amientos amiento imientos imiento aciones acion iciones icion uciones ucion adoras adores adora ador ' +
    'mente ancias ancia encias encia idades idad ivas ivos iva ivo ables able ibles ible istas ista ' +
    'ando iendo aron ieron amos emos imos ados idos adas idas ado ido ada ida ar er ir an en es as os a o e s',
  3,
);

const portuguese = suffixStemmer(
  'amentos amento imentos imento acoes acao icoes icao ucoes ucao adoras adores adora ador ' +
    'mente ancias ancia encias encia idades idade ivas ivos iva ivo aveis avel iveis ivel istas ista ' +
    'ando endo indo aram eram iram amos emos imos ados idos adas idas ado ido ada ida ar er ir am em es as os a o e s',
  3,
);

const french = suffixStemmer(
  'issements issement ations ation itions ition atrices atrice ateurs ateur euses euse ements ement ' +
    'iquement ment ances ance ences ence ites ite ives ive ifs if ables able ibles ible istes iste ' +
    'aient erent eront erons ions ant ent ees ee es er ez ait ai is it e s x',
  3,
);

const STEMMERS: Record<string, Stemmer> = { en: english, es: spanish, pt: portuguese, fr: french };
const same: Stemmer = (word) => word;

/** The stemmer of a locale (by its language subtag); words pass unchanged when there is none. */
export function stemmer(locale: string): Stemmer {
  return STEMMERS[locale.toLowerCase().split('-')[0]] ?? same;
}
