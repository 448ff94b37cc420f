import { MAX_QUESTION_LENGTH } from './FaqIndex';
import { foldLatin } from './tokenize';

/**
 * What a visitor says that is no question: the chat replies in kind, never with an entry.
 * `asking` announces a question ("I have a question", "quick question", "请问").
 */
export type SmallTalk = 'greeting' | 'asking' | 'thanks' | 'goodbye';

/** A locale's phrases of each kind of small talk, separated by "|" (its UI strings `says_*`). */
export type Phrases = (kind: SmallTalk) => string;

const KINDS: SmallTalk[] = ['greeting', 'asking', 'thanks', 'goodbye'];
// Longer than a few phrases together: a question, whatever words it starts with.
const MOST = 40;
// Phrases in scripts written without spaces between words.
const UNSPACED = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;

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
 * is searched as "l'ICLEI c'est quoi ?", "quick question: how do I join" as "how do I
 * join". Polite words and openers are no part of what is asked, and a word the FAQ lacks
 * counts as a sign that the question is about something else: said before or after a
 * question, they cost many questions their answer or list (README, "Small talk"). Phrases
 * are peeled off whole words at either end, longest first, as long as a word of the
 * question is left; a question made of small talk alone is `smallTalk`'s. Chinese and
 * Japanese put no space after an opener ("请问宜可城是什么"): a phrase in their scripts
 * needs none. Only the part of the question that is searched is read, and returned.
 */
export function withoutSmallTalk(asked: string, phrases: Phrases): string {
  const question = asked.slice(0, MAX_QUESTION_LENGTH);
  // Folded letter for letter, so that a place in it is the same place in the question; a
  // question that folds otherwise (letters with marks typed apart) is searched as typed.
  const folded = foldLatin(question.toLowerCase()).replace(/\P{L}/gu, ' ');
  const known = [...phrasesOf(phrases).keys()].sort((a, b) => b.length - a.length);
  if (folded.length !== question.length || known.length === 0) return question;
  // Folded phrases are letters and spaces only: nothing in them means anything to a RegExp.
  const word = (phrase: string) => (UNSPACED.test(phrase) ? phrase : `(?<!\\p{L})${phrase.replaceAll(' ', ' +')}(?!\\p{L})`);
  const any = `(?:${known.map(word).join('|')})`;
  const first = folded.match(new RegExp(`^(?: *${any}(?= *\\p{L}))*`, 'u'))![0].length;
  const last = first + folded.slice(first).search(new RegExp(`(?:(?<=\\p{L}.*)${any} *)*$`, 'u'));
  return question.slice(first, last);
}
