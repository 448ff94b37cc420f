import { foldLatin } from './tokenize';

/** What a visitor says that is no question: the chat replies in kind, never with an entry. */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

const KINDS: SmallTalk[] = ['greeting', 'thanks', 'goodbye'];
// Longer than a few phrases together: a question, whatever words it starts with.
const MOST = 40;

// Case, Latin diacritics and all but letters go: "¡Adiós!" is "adios".
const fold = (text: string) =>
  foldLatin(text.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/**
 * Whether a question is only small talk, and which. `phrases` gives a locale's own phrases
 * of each kind, separated by "|" (its UI strings `says_greeting`, `says_thanks` and
 * `says_goodbye`). A question made of them alone, with any punctuation or emoji, is small
 * talk; one that goes on ("hello, how do I join?") is a question. Of several phrases, the
 * last decides: "thanks, bye" is a goodbye.
 */
export function smallTalk(question: string, phrases: (kind: SmallTalk) => string): SmallTalk | null {
  const text = fold(String(question).slice(0, MOST * 2));
  if (!text || text.length > MOST) return null;
  const kinds = new Map(
    KINDS.flatMap((kind) =>
      phrases(kind)
        .split('|')
        .map((phrase) => [fold(phrase), kind] as const),
    ),
  );
  kinds.delete('');
  if (kinds.size === 0) return null;
  // Longest first, so that "thank you very much" is one phrase, not "thank you" and more.
  // Folded phrases are letters and spaces only: nothing in them means anything to a RegExp.
  const phrase = new RegExp([...kinds.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  if (text.replace(phrase, '').trim()) return null;
  return kinds.get(text.match(phrase)!.at(-1)!)!;
}
