import { describe, expect, it } from 'vitest';
import { type SmallTalk, smallTalk, withoutSmallTalk } from '../../src/search/smallTalk';

const ENGLISH: Record<SmallTalk, string> = {
  greeting: 'hi|hello|hi there|good morning',
  asking: 'quick question|i would like to know',
  thanks: 'thanks|thank you|thank you very much',
  goodbye: 'bye|goodbye',
};
const says = (question: string, phrases: Record<SmallTalk, string> = ENGLISH) => smallTalk(question, (kind) => phrases[kind]);

describe('small talk', () => {
  it('knows a greeting, thanks and a goodbye, whatever their case, punctuation or emoji', () => {
    expect(says('Hi!')).toBe('greeting');
    expect(says('  GOOD MORNING :)  ')).toBe('greeting');
    expect(says('Thank you very much 🙏')).toBe('thanks');
    expect(says('bye.')).toBe('goodbye');
    expect(says('Quick question!')).toBe('asking');
  });

  it('lets the last of several phrases decide', () => {
    expect(says('Hello, hi there')).toBe('greeting');
    expect(says('thanks, bye!')).toBe('goodbye');
    expect(says('bye, thanks')).toBe('thanks');
  });

  it('takes a question that goes on, or a word that only starts like a phrase, for a question', () => {
    expect(says('hello, how do I join?')).toBeNull();
    expect(says('thanksgiving')).toBeNull();
    expect(says('this')).toBeNull();
    expect(says('hi '.repeat(30))).toBeNull();
    expect(says('')).toBeNull();
    expect(says('?!')).toBeNull();
  });

  it("reads a locale's phrases folded as the question is, with spaces inside them and without them", () => {
    const spanish = { greeting: 'hola|buenos días', asking: '', thanks: 'gracias|muchas gracias', goodbye: 'adiós' };
    expect(says('¡Buenos dias!', spanish)).toBe('greeting');
    expect(says('ADIOS', spanish)).toBe('goodbye');
    expect(says('thanks', spanish)).toBeNull();
    const korean = { greeting: '안녕|안녕하세요', asking: '', thanks: '감사합니다', goodbye: '안녕히 가세요' };
    expect(says('안녕하세요!', korean)).toBe('greeting');
    expect(says('안녕히 가세요', korean)).toBe('goodbye');
    const japanese = { greeting: 'こんにちは', asking: '', thanks: 'ありがとう|ありがとうございます', goodbye: 'さようなら' };
    expect(says('ありがとうございます。', japanese)).toBe('thanks');
    expect(says('こんにちは、会員になるには？', japanese)).toBeNull();
  });

  it("takes an editor's phrase as words, not as a pattern, and no phrases as none", () => {
    expect(says('hi', { greeting: 'h.|(hi', asking: '', thanks: '', goodbye: '' })).toBe('greeting');
    expect(says('ho', { greeting: 'h.', asking: '', thanks: '', goodbye: '' })).toBeNull();
    expect(says('hi', { greeting: '', asking: '', thanks: '|', goodbye: ' ' })).toBeNull();
  });
});

describe('a question without the small talk around it', () => {
  const without = (question: string, phrases: Record<SmallTalk, string> = ENGLISH) => withoutSmallTalk(question, (kind) => phrases[kind]);

  it('peels greetings, thanks and goodbyes off either end, as whole words and longest first', () => {
    expect(without('Hi there! How do I join? Thank you very much!')).toBe('! How do I join? ');
    expect(without('hello hi, good morning: when was it founded')).toBe(': when was it founded');
    expect(without('when was it founded? thanks, bye')).toBe('when was it founded? ');
    expect(without('Thanks! And where is it based?')).toBe('! And where is it based?');
    expect(without('Hi, quick question: I would like to know when it was founded')).toBe(' when it was founded');
  });

  it('keeps a word that only starts like a phrase, a phrase within the question, and a question of small talk alone', () => {
    expect(without('thanksgiving opening hours')).toBe('thanksgiving opening hours');
    expect(without('how do I say hello to the mayor')).toBe('how do I say hello to the mayor');
    expect(without('hi')).toBe('hi');
    expect(without('')).toBe('');
  });

  it("reads a locale's phrases folded, as small talk does, in scripts written without spaces too", () => {
    const french = { greeting: 'bonjour|ça va', asking: '', thanks: 'merci', goodbye: '' };
    expect(without("BONJOUR, ca va ? l'ICLEI c'est quoi ? Merci !", french)).toBe(" ? l'ICLEI c'est quoi ? ");
    const chinese = { greeting: '你好', asking: '请问|我有个问题|有个问题', thanks: '谢谢', goodbye: '' };
    expect(without('你好，怎么加入宜可城？谢谢', chinese)).toBe('，怎么加入宜可城？');
    // Written without spaces, an opener that starts or ends a word is a word of its own.
    expect(without('你好请问怎么加入宜可城谢谢', chinese)).toBe('怎么加入宜可城');
    expect(without('我有个问题：怎么加入', chinese)).toBe('：怎么加入');
    expect(without('请问', chinese)).toBe('请问');
  });
});
