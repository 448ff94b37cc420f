// A four-letter word that the FAQ lacks is often a longer one typed with a letter left out
// ("wher", "misao" stemmed to "misa"), and too short for fuzzy search: one edit of any kind
// there would match words that mean something else ("rain" and "main"). So only the missing
// letter is looked for, among the letters the tokenizer leaves in Latin words.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The term of the FAQ that `term` is with one letter left out, the one that the most entries
 * have; `term` itself when there is none.
 */
export function withMissingLetter(term: string, entriesWith: ReadonlyMap<string, number>): string {
  let found = term;
  for (let at = 0; at <= term.length; at++) {
    for (const letter of LETTERS) {
      const longer = term.slice(0, at) + letter + term.slice(at);
      if ((entriesWith.get(longer) ?? 0) > (entriesWith.get(found) ?? 0)) found = longer;
    }
  }
  return found;
}
