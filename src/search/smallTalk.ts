import { MAX_QUESTION_LENGTH } from './FaqIndex';
import { foldLatin } from './tokenize';

/** What a visitor says that is no question: the chat replies in kind, never with an entry. */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

/** A locale's phrases of each kind of small talk, separated by "|" (its UI strings `says_*`). */
export type Phrases = (kind: SmallTalk) => string;

const KINDS: SmallTalk[] = ['greeting', 'thanks', 'goodbye'];
// Longer than a few phrases together: a question, whatever words it starts with.
const MOST = 40;
// The words of a question, as small talk is compared: runs of letters.
const WORD = /[\p{L}\p{M}]+/gu;

// Case, Latin diacritics and all but letters go: "¡Adiós!" is "adios".
const fold = (text: string) =>
  foldLatin(text.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

// Each phrase folded, with its kind; of several phrases of the same words, the last kind wins.
function phrasesOf(phrases: Phrases): Map<string, SmallTalk> {
  const kinds = new Map(
    KINDS.flatMap((kind) =>
      phrases(kind)
        .split('|')
        .map((phrase) => [fold(phrase), kind] as const),
    ),
  );
  kinds.delete('');
  return kinds;
}

/**
 * Whether a question is only small talk, and which. A question made of a locale's phrases
 * alone, with any punctuation or emoji, is small talk; one that goes on ("hello, how do I
 * join?") is a question. Of several phrases, the last decides: "thanks, bye" is a goodbye.
 */
export function smallTalk(question: string, phrases: Phrases): SmallTalk | null {
  const text = fold(String(question).slice(0, MOST * 2));
  if (!text || text.length > MOST) return null;
  const kinds = phrasesOf(phrases);
  if (kinds.size === 0) return null;
  // Longest first, so that "thank you very much" is one phrase, not "thank you" and more.
  // Folded phrases are letters and spaces only: nothing in them means anything to a RegExp.
  const phrase = new RegExp([...kinds.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  if (text.replace(phrase, '').trim()) return null;
  return kinds.get(text.match(phrase)!.at(-1)!)!;
}

/**
 * The question without the small talk around it: "Bonjour, l'ICLEI c'est quoi ? Merci !"
 * is searched as "l'ICLEI c'est quoi ?". Polite words are no part of what is asked, and a
 * word the FAQ lacks counts as a sign that the question is about something else: said
 * before or after a question, a greeting or thanks cost a fifth of the ICLEI test
 * questions their answer or list (README, "Small talk"). Phrases are peeled off whole
 * words at either end, longest first, as long as a word of the question is left; a
 * question made of small talk alone is `smallTalk`'s. Only the part of the question that
 * is searched is read, and returned.
 */
export function withoutSmallTalk(asked: string, phrases: Phrases): string {
  const question = asked.slice(0, MAX_QUESTION_LENGTH);
  const words = [...question.matchAll(WORD)].map((match) => ({
    folded: fold(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const known = [...phrasesOf(phrases).keys()].map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
  const saysAt = (at: number, phrase: string[]) => phrase.every((word, offset) => words[at + offset].folded === word);
  let first = 0;
  let last = words.length;
  const peel = () => {
    for (const phrase of known) {
      if (last - first <= phrase.length) continue;
      if (saysAt(first, phrase)) first += phrase.length;
      else if (saysAt(last - phrase.length, phrase)) last -= phrase.length;
      else continue;
      return true;
    }
    return false;
  };
  while (peel());
  if (first === 0 && last === words.length) return question;
  return question.slice(first > 0 ? words[first - 1].end : 0, last < words.length ? words[last].start : question.length);
}
