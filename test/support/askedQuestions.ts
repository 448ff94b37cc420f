// Made-up visitors' questions in the shape of a city's month: many different questions
// built from the same few openings, each asked again with a typo or two.
import type { VisitorQuestion } from '../../src/editor/visitorQuestions';

const OPENINGS = ['how do i', 'where can i', 'what is the', 'when does the', 'who can', 'is there a', 'can i get a'];
// Syllables of the made-up words: English-like onsets, vowels and codas.
const ONSETS = [
  '',
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'br',
  'ch',
  'cl',
  'gr',
  'pl',
  'sh',
  'st',
  'th',
  'tr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'ck', 'nd', 'ng', 'rt', 'st', 'x'];

/**
 * `bases` questions, each asked with `typos` more ways that differ from it by a letter
 * changed in each word of `typoWords` (1 by default), all in English. The question itself
 * is the most asked of its group. The same seed gives the same questions.
 */
export function askedQuestions(bases: number, typos: number, seed: number, typoWords = 1): VisitorQuestion[] {
  let state = seed;
  // mulberry32: a small generator, the same on every machine.
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const word = () => Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(ONSETS) + pick(VOWELS) + pick(CODAS)).join('');
  const questions: VisitorQuestion[] = [];
  for (let base = 0; base < bases; base++) {
    const words = [pick(OPENINGS), word(), word(), word()];
    questions.push({ question: words.join(' '), locale: 'en', count: typos + 2 });
    for (let typo = 0; typo < typos; typo++) {
      const changed = words.map((text, index) => {
        if (index === 0 || index > typoWords) return text;
        const at = Math.floor(random() * text.length);
        return `${text.slice(0, at)}${'xyzwq'[typo % 5]}${text.slice(at + 1)}`;
      });
      questions.push({ question: changed.join(' '), locale: 'en', count: 1 });
    }
  }
  return questions;
}
