// Reading and grouping what visitors asked, from a hand-made CSV or Matomo's export.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/editor/csv';
import { openFolder } from '../../src/editor/faqFolder';
import { groupQuestions, normalize } from '../../src/editor/groupQuestions';
import { localeGuesser } from '../../src/editor/guessLocale';
import { type VisitorQuestion, visitorQuestions } from '../../src/editor/visitorQuestions';
import { askedQuestions } from '../support/askedQuestions';

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
    const text = 'Question;Locale\nwho runs iclei;en-GB\n본부는 어디;ko\n# of members;\nwo ist iclei;de\n';
    const { questions, problems } = visitorQuestions('questions.csv', text, LOCALES);
    expect(questions.map(({ locale, count }) => `${locale} ${count}`)).toEqual(['en 1', 'ko 1', ' 1', ' 1']);
    expect(problems).toEqual([
      {
        level: 'warning',
        file: 'questions.csv',
        message: 'row 5: "de" is not a language of the FAQ; the question is read in the language it matches best.',
      },
    ]);
  });

  it("reads GA4's Download CSV: its # lines, its Event count, without (not set) and the totals", () => {
    const text = [
      '# ----------------------------------------',
      '# FAQ questions',
      '# Account: City of Example',
      '# ----------------------------------------',
      '#',
      '# Start date: 20250101',
      '# End date: 20250131',
      'Nth day,Event count',
      '0000,120',
      '0001,96',
      '',
      '# ----------------------------------------',
      '# question',
      '# ----------------------------------------',
      'question,Event count',
      'how do i join iclei,12',
      '(not set),40',
      '"who runs iclei, and where","1,234"',
      'Totals,1286',
      '',
    ].join('\n');
    expect(visitorQuestions('ga4.csv', text, LOCALES)).toEqual({
      questions: [
        { question: 'how do i join iclei', locale: '', count: 12 },
        { question: 'who runs iclei, and where', locale: '', count: 1234 },
      ],
      problems: [],
    });
  });

  it("reads Plausible's custom_props.csv, keeping the rows of the property question, and leaves out e-mails and numbers", () => {
    const text = [
      'property,value,visitors,events,percentage',
      'question,how do i join iclei,3,5,0.5',
      'reply,answer,10,12,0.6',
      'locale,en,20,22,1',
      'question,my email is [e-mail],1,1,0.1',
      'question,[number],1,1,0.1',
      'question,call me on [number] about the membership fee for small towns please,1,2,0.1',
      '',
    ].join('\n');
    expect(visitorQuestions('custom_props.csv', text, LOCALES)).toEqual({
      questions: [
        { question: 'how do i join iclei', locale: '', count: 5 },
        { question: 'call me on [number] about the membership fee for small towns please', locale: '', count: 2 },
      ],
      problems: [
        {
          level: 'warning',
          file: 'custom_props.csv',
          message: '2 questions hold little but an e-mail address or a number, such as "my email is [e-mail]": left out.',
        },
      ],
    });
    expect(
      visitorQuestions('custom_props.csv', 'property,value,visitors,events,percentage\nreply,answer,1,1,1\n', LOCALES).problems,
    ).toEqual([
      {
        level: 'error',
        file: 'custom_props.csv',
        message:
          'this Plausible export has no rows of the property "question" (it has "reply"): ' +
          'export the custom properties of the goal "FAQ question" or "FAQ unanswered".',
      },
    ]);
  });

  it("reads Matomo's report in another interface language by the columns' places, and says so", () => {
    const text =
      'Mot-clé,Recherches,Pages de résultats de recherche,% de sorties de la recherche\nquand ICLEI a-t-il été fondé,12,1,50 %\n';
    const { questions, problems } = visitorQuestions('matomo.csv', text, LOCALES);
    expect(questions).toEqual([{ question: 'quand ICLEI a-t-il été fondé', locale: '', count: 12 }]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'the columns are not named "question" and "count" (the first row is "Mot-clé", "Recherches", "Pages de résultats de recherche", ' +
        '"% de sorties de la recherche"): the first column is read as the question and the second as how often it was asked, ' +
        "as in Matomo's report.",
    ]);
  });

  it('says which columns it needs when it finds none it knows', () => {
    const { message } = visitorQuestions('x.csv', 'text,when\nhello,today\n', LOCALES).problems[0];
    expect(message).toMatch(/^the first row must name the columns: "question", and if you have them "locale" and "count"/);
    expect(message).toContain(`(this file's first row is "text", "when")`);
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

// The grouping as it was first written, comparing each question with every group: right,
// and quadratic. The grouping of faq:misses must give exactly what it gives.
function groupEveryPair(questions: VisitorQuestion[]) {
  const pairs = (text: string) => {
    const found = new Map<string, number>();
    for (let i = 0; i < text.length - 1; i++) found.set(text.slice(i, i + 2), (found.get(text.slice(i, i + 2)) ?? 0) + 1);
    return found;
  };
  const dice = (a: Map<string, number>, b: Map<string, number>) => {
    let [shared, total] = [0, 0];
    for (const [pair, count] of a) (shared += Math.min(count, b.get(pair) ?? 0)), (total += count);
    for (const count of b.values()) total += count;
    return total === 0 ? 1 : (2 * shared) / total;
  };
  const totals = new Map<string, { locale: string; count: number; key: string; spellings: Map<string, number> }>();
  for (const { question, locale, count } of questions) {
    const key = `${locale} ${normalize(question)}`;
    const total = totals.get(key) ?? totals.set(key, { locale, count: 0, key: normalize(question), spellings: new Map() }).get(key)!;
    total.count += count;
    total.spellings.set(question, (total.spellings.get(question) ?? 0) + count);
  }
  const spelled = [...totals.values()].map(({ spellings, ...total }) => ({
    ...total,
    question: [...spellings].sort((a, b) => b[1] - a[1])[0][0],
  }));
  const groups: { question: string; locale: string; count: number; variants: string[]; pairs: Map<string, number> }[] = [];
  for (const total of spelled.sort((a, b) => b.count - a.count)) {
    const own = pairs(total.key);
    const group = groups.find((group) => group.locale === total.locale && dice(group.pairs, own) >= 0.8);
    if (group) (group.count += total.count), group.variants.push(total.question);
    else groups.push({ question: total.question, locale: total.locale, count: total.count, variants: [], pairs: own });
  }
  return groups.map(({ pairs: _, ...group }) => group);
}

const wordsOf = (letters: string, longest: number): string[] =>
  longest === 0
    ? ['']
    : [
        ...wordsOf(letters, longest - 1),
        ...wordsOf(letters, longest - 1)
          .filter((word) => word.length === longest - 1)
          .flatMap((word) => [...letters].map((letter) => word + letter)),
      ];

describe('groupQuestions, on many questions', () => {
  it('groups exactly as comparing every question with every group does', () => {
    // Two words changed in each way of asking, short questions, one-letter ones and
    // punctuation alone: many close calls on both sides of the line.
    const questions = [
      ...askedQuestions(300, 3, 1, 2),
      ...askedQuestions(200, 2, 2).map((asked) => ({ ...asked, locale: 'fr' })),
      ...askedQuestions(200, 1, 3, 3).map((asked) => ({ ...asked, question: asked.question.split(' ').slice(3).join(' ') })),
      ...['a', 'b', '?', '!!', 'ab', 'ba', 'x y'].map((question, count) => ({ question, locale: 'en', count })),
      // Every word of up to six letters a, b and c: alike or not by one letter pair.
      ...wordsOf('abc', 6).map((question, index) => ({ question, locale: 'ko', count: 1 + (index % 7) })),
    ];
    const groups = groupQuestions(questions);
    expect(groups).toEqual(groupEveryPair(questions));
    expect(groups.filter((group) => group.variants.length > 0).length).toBeGreaterThan(400);
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
