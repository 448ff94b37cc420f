// Reading and grouping what visitors asked, from a hand-made CSV or Matomo's export.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/editor/csv';
import { openFolder } from '../../src/editor/faqFolder';
import { groupQuestions } from '../../src/editor/groupQuestions';
import { localeGuesser } from '../../src/editor/guessLocale';
import { visitorQuestions } from '../../src/editor/visitorQuestions';

const LOCALES = ['en', 'fr', 'ko'];
const utf16 = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (char) => char.charCodeAt(0)).buffer)]);

describe('visitorQuestions', () => {
  it("reads Matomo's Site Search Keywords export, in UTF-16 as Matomo writes it", () => {
    const text = decodeText(
      'matomo.csv',
      utf16(
        'label,nb_visits,nb_pages_per_search,exit_rate\r\nquand ICLEI a-t-il été fondé,12,1,50%\r\n"who runs iclei, and where",3,1,0%\r\n',
      ),
    );
    expect(visitorQuestions('matomo.csv', text, LOCALES).questions).toEqual([
      { question: 'quand ICLEI a-t-il été fondé', locale: '', count: 12 },
      { question: 'who runs iclei, and where', locale: '', count: 3 },
    ]);
  });

  it('reads question, locale and count, with a regional locale read as its language and count 1 by default', () => {
    const text = 'Question;Locale\nwho runs iclei;en-GB\n본부는 어디;ko\nwo ist iclei;de\n';
    const { questions, problems } = visitorQuestions('questions.csv', text, LOCALES);
    expect(questions.map(({ locale, count }) => `${locale} ${count}`)).toEqual(['en 1', 'ko 1', ' 1']);
    expect(problems).toEqual([
      {
        level: 'warning',
        file: 'questions.csv',
        message: 'row 4: "de" is not a language of the FAQ; the question is read in the language it matches best.',
      },
    ]);
  });

  it('says which columns it needs when it finds none it knows', () => {
    expect(visitorQuestions('x.csv', 'text,when\nhello,today\n', LOCALES).problems[0].message).toMatch(
      /^the first row must name the columns: "question"/,
    );
  });
});

describe('groupQuestions', () => {
  it('groups questions that differ in case, accents, punctuation or a typo, and keeps different ones apart', () => {
    const asked = (question: string, count = 1, locale = 'en') => ({ question, locale, count });
    const groups = groupQuestions([
      asked('who founded iclei', 2),
      asked('Who founded ICLEI?', 3),
      asked('who fonded iclei'),
      asked('who funds iclei', 4),
      asked('who founded iclei', 1, 'fr'),
      asked('Quand a été fondé ICLEI', 1, 'fr'),
      asked('quand a ete fonde iclei', 1, 'fr'),
    ]);
    expect(groups).toEqual([
      { question: 'Who founded ICLEI?', locale: 'en', count: 6, variants: ['who fonded iclei'] },
      { question: 'who funds iclei', locale: 'en', count: 4, variants: [] },
      { question: 'Quand a été fondé ICLEI', locale: 'fr', count: 2, variants: [] },
      { question: 'who founded iclei', locale: 'fr', count: 1, variants: [] },
    ]);
  });
});

describe('localeGuesser', () => {
  it('reads a question without a locale in its script, or in the language whose entries match it best', async () => {
    const guess = await localeGuesser(openFolder('faq-data'));
    expect(
      [
        'ICLEI 본부는 어디',
        'ICLEIはいつ設立されましたか',
        '国际地方环境理事会总部在哪里',
        'quand ICLEI a-t-il été fondé',
        'cuándo se fundó ICLEI',
        'when was iclei founded',
        'xyzzy',
      ].map(guess),
    ).toEqual(['ko', 'ja', 'zh', 'fr', 'es', 'en', 'en']);
  });
});
