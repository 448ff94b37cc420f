// Each ranking behaviour on a small FAQ of its own, so that a change to the engine shows
// which behaviour it broke.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/data/format';
import { createFaqIndex, MAX_QUESTION_LENGTH } from '../../src/search/FaqIndex';
import { confidence, REPLY_MODEL } from '../../src/search/reply';

const entry = (id: string, question: string, answer: string, extra: Partial<Entry> = {}): Entry => ({ id, question, answer, ...extra });
const FAQ = [
  entry('hours', 'When is the library open?', 'From nine to five, Monday to Friday.', { keywords: ['opening hours'] }),
  entry('card', 'How do I get a library card?', 'Bring an identity document to the desk.', { alternates: ['Can I register as a reader?'] }),
  entry('fines', 'What happens when I return a book late?', 'A small fee is charged for each day.'),
  entry('wifi', 'Is there wireless internet?', 'Yes, the network is free for every visitor.'),
];
const SPANISH = [
  entry('socios', '¿Cómo me hago socio de la asociación?', 'Rellene el formulario de inscripción.'),
  entry('horario', '¿Cuál es el horario de atención?', 'De lunes a viernes.'),
];

describe('ranking', () => {
  it('forgives a typo in a long word, but not in a short one', async () => {
    const index = await createFaqIndex(FAQ, 'en');
    expect(index.search('wireles internt').best?.id).toBe('wifi');
    expect(index.search('card').best?.id).toBe('card');
    expect(index.search('cart').best).toBeNull();
  });

  it('finds other forms of a word through stemming', async () => {
    const index = await createFaqIndex(FAQ, 'en');
    expect(index.search('registering readers').best?.id).toBe('card');
    expect(index.search('returning books').best?.id).toBe('fines');
  });

  it('ignores stop words: they neither find nor block an answer', async () => {
    const index = await createFaqIndex(FAQ, 'en');
    expect(index.search('what is the').matches).toEqual([]);
    expect(index.search('is the wifi free of charge for me').matches[0]?.id).toBe('wifi');
  });

  it('matches without accents, and with them', async () => {
    const index = await createFaqIndex(SPANISH, 'es');
    expect(index.search('como me hago socio de la asociacion').best?.id).toBe('socios');
    expect(index.search('HORARIO de atención').best?.id).toBe('horario');
  });

  it('gives a confidence in [0, 1] that falls when the question is about something else', async () => {
    const index = await createFaqIndex(FAQ, 'en');
    const on = index.search('when is the library open');
    expect(on.best?.score).toBe(1);
    const off = index.search('when is the swimming pool open on sundays');
    expect(off.matches[0].score).toBeLessThan(0.5);
    expect(off.matches[0].score).toBeGreaterThan(0);
    expect(off.best).toBeNull();
    expect(off.reply).not.toBe('answer');
  });

  it('answers when one entry is clearly meant, offers choices when several are, and else says nothing', async () => {
    const index = await createFaqIndex(
      [
        ...FAQ,
        entry('renew', 'How do I renew a book?', 'Online or at the desk.'),
        entry('reserve', 'How do I reserve a book?', 'Ask at the desk.'),
      ],
      'en',
    );
    const clear = index.search('how do I renew a book online');
    expect([clear.reply, clear.best?.id, clear.matches[0].id]).toEqual(['answer', 'renew', 'renew']);
    // Two entries ask about a book alike: neither is the answer, both are offered.
    const ambiguous = index.search('book');
    expect([ambiguous.reply, ambiguous.best]).toEqual(['shortlist', null]);
    expect(
      ambiguous.matches
        .slice(0, 2)
        .map((match) => match.id)
        .sort(),
    ).toEqual(['renew', 'reserve']);
    const off = index.search('where do I park my bicycle');
    expect([off.reply, off.best]).toEqual(['none', null]);
  });

  it("counts what the second entry matches in its own question against the first's confidence", async () => {
    const index = await createFaqIndex(
      [...FAQ, entry('renew', 'How do I renew a book?', 'Online.'), entry('return', 'How do I return a borrowed book?', 'At the desk.')],
      'en',
    );
    const { evidence } = index.evidence('renew a borrowed book');
    // "book" is in both questions: the second entry, "return", names part of what was asked.
    expect(evidence?.contested).toBeGreaterThan(0);
    const alone = { ...evidence!, contested: 0 };
    expect(confidence(alone) - confidence(evidence!)).toBeCloseTo(REPLY_MODEL.words.rival * evidence!.contested);
    expect(REPLY_MODEL.words.rival).toBeGreaterThan(0);
  });

  it('cuts very long questions before searching', async () => {
    const index = await createFaqIndex(FAQ, 'en');
    expect(index.search(`library card ${'x'.repeat(MAX_QUESTION_LENGTH)} wireless internet`).best?.id).toBe('card');
  });

  it('suggests questions that contain every word typed, the last one unfinished', async () => {
    const index = await createFaqIndex(FAQ, 'en');
    expect(index.suggest('library ca')).toEqual([{ id: 'card', question: 'How do I get a library card?' }]);
    expect(
      index
        .suggest('libr')
        .map((suggestion) => suggestion.id)
        .sort(),
    ).toEqual(['card', 'hours']);
    expect(index.suggest('w')).toEqual([]);
  });
});
