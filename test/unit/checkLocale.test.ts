// What faq:check says of answers and links that the widget would show otherwise than the
// editor meant: Markdown it does not read, links it shows as text or that lead elsewhere.
import { describe, expect, it } from 'vitest';
import { checkLocale } from '../../src/check/checkLocale';
import { type JsonFile, readJson } from '../../src/check/readJson';

/** The problems of an English file with one entry, as "level: message". */
function problems(entry: Record<string, unknown>, contact?: string): string[] {
  const file = {
    locale: 'en',
    ...(contact && { contact: { label: 'Contact', url: contact } }),
    entries: [{ id: 'hours', question: 'When are you open?', answer: 'Every day.', ...entry }],
  };
  return checkLocale(readJson('en.json', JSON.stringify(file, null, 2)) as JsonFile, 'en').problems.map(
    ({ level, message }) => `${level}: ${message}`,
  );
}

describe('checkLocale', () => {
  it('warns about headings, tables and quote blocks, which the widget shows as typed', () => {
    expect(problems({ answer: '## Opening hours\n\n| Day | Hours |\n|---|---|\n| Mon | 9-17 |\n\n> Closed on holidays.' })).toEqual([
      'warning: The answer has a heading ("## Opening hours"), which the widget shows as typed, # and all: ' +
        'write it as a line of its own without the #, in **bold** if you like.',
      'warning: The answer has a table ("| Day | Hours |"), which the widget shows as typed, | and all: ' +
        'write each row as an item of a list, such as "- Monday: 9:00 to 17:00".',
      'warning: The answer has a quote block ("> Closed on holidays."), which the widget shows as typed, > and all: ' +
        'write it as a paragraph of its own without the >, in *italics* if you like.',
    ]);
    expect(problems({ answer: '**Hours**\n\n- Monday: 9 to 5\n1. first\n\nCall #3 or write a > b.' })).toEqual([]);
  });

  it('reports links that the widget shows as text: a space, no closing ), a parenthesis', () => {
    expect(
      problems({
        answer:
          '[Contact](https://example.org/contact us/) and [Map](https://example.org/map\n\n' +
          '[Wiki](https://en.wikipedia.org/wiki/Bonn_(city))',
      }),
    ).toEqual([
      'error: The link "https://example.org/contact us/" contains a space or line break, ' +
        'and the widget shows it as text: write spaces as %20.',
      'error: The link "[Map](https://example.org/map" has no ) at its end, ' +
        'and the widget shows it as text: put a ) after its web address.',
      'error: The link "https://en.wikipedia.org/wiki/Bonn_(city)" contains a parenthesis, and the widget shows it as text: ' +
        'write ( as %28 and ) as %29.',
    ]);
  });

  it('reports web addresses without https://, which browsers read as pages of the city site, in answers, url and contact', () => {
    const fix = (url: string) =>
      `error: The link "${url}" has no https:// in front, so browsers read it as a page of the site the widget is on ` +
      `(such as https://your-city.example/services/${url}): write it in full, https://${url}.`;
    expect(problems({ answer: 'See [the map](www.example.org/map).', url: 'example.org/contact' }, 'www.example.org')).toEqual([
      fix('www.example.org'),
      fix('www.example.org/map'),
      fix('example.org/contact'),
    ]);
    expect(problems({ answer: '[Form](form.pdf), [page](contact.html), [here](/contact), [up](../faq)', url: 'services/contact' })).toEqual(
      [],
    );
  });

  it('reports links that start like a page of the site but lead to another: //host, /\\host, \\\\host', () => {
    const fix = (url: string) =>
      `error: The link "${url}" leads to another site, although it starts like a page of this one: ` +
      'write it in full, such as https://evil.example/x.';
    expect(problems({ answer: '[a](//evil.example/x) [b](/\\evil.example/x)', url: '\\\\evil.example/x' })).toEqual([
      fix('//evil.example/x'),
      fix('/\\evil.example/x'),
      fix('\\\\evil.example/x'),
    ]);
  });
});

describe('checkLocale, texts that are searched', () => {
  it('reports a question, alternate or keyword over 1,000 characters, or with a run of more than 30 marks', () => {
    const marks = `e${'\u0301'.repeat(31)}`;
    expect(problems({ question: 'x'.repeat(1001), alternates: ['fine', marks], keywords: [`a${'\u0301'.repeat(30)}`] })).toEqual([
      "error: This text stacks more than 30 accents or other marks on one letter, which slows every visitor's browser: remove them.",
      'error: This text has 1,001 characters, more than the 1,000 a question, alternate or keyword may have: ' +
        'shorten it to what a visitor would type.',
    ]);
  });
});
