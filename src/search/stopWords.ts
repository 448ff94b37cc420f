// Words so common in questions that they say nothing about which entry is meant. Question
// words (when, where, who, why, how; cuándo, dónde, quién…) stay searchable: "when" points
// at a date, "where" at a place. The lists are written folded, as the tokenizer leaves
// them (lower case, no accents).
const LISTS: Record<string, string> = {
  en:
    'a about all also am an and any are as at be been but by can could did do does doing for from had has have ' +
    'i if im in into is it its ive just me my of on or our please so some tell than that thats the their them ' +
    'there these they this to us was we were what whats which will with would you your',
  es:
    'a al algo algun alguna como con cual cuales de del el ella ellos en es esta este esto estos hay la las le ' +
    'les lo los me mi mis no nos o para pero por puedo que se si son su sus te tiene tu tus un una uno unos y ya yo',
  pt:
    'a ao aos as com como da das de do dos e ela ele eles em entre esse esta este eu foi ha isso isto lhe mais ' +
    'me meu minha na nas no nos o os ou para pela pelo por qual quais que se seu sua sao ser tem um uma uns voce',
  fr:
    'a au aux avec ce ces cette dans de des du elle en est et etre il ils je la le les leur lui ma mais me mes ' +
    'moi mon ne nos notre nous on ou par pas pour qu que quel quelle quels qui sa se ses son sont sur ta te tu ' +
    'un une vos votre vous y',
};

const SETS = new Map(Object.entries(LISTS).map(([locale, words]) => [locale, new Set(words.split(' '))]));
const NONE = new Set<string>();

/** The stop words of a locale (by its language subtag); empty when there is no list. */
export function stopWords(locale: string): ReadonlySet<string> {
  return SETS.get(locale.toLowerCase().split('-')[0]) ?? NONE;
}
