import { describe, expect, it } from 'vitest';
import { withMissingLetter } from '../../src/search/missingLetter';

describe('withMissingLetter', () => {
  it('finds the word of the FAQ that a typed word is with one letter left out, anywhere in it', () => {
    const entriesWith = new Map([
      ['where', 2],
      ['missa', 1],
      ['when', 5],
    ]);
    expect(withMissingLetter('wher', entriesWith)).toBe('where');
    expect(withMissingLetter('misa', entriesWith)).toBe('missa');
    expect(withMissingLetter('here', entriesWith)).toBe('where');
  });

  it('takes the word that the most entries have when several fit', () => {
    expect(
      withMissingLetter(
        'form',
        new Map([
          ['forum', 1],
          ['forms', 4],
        ]),
      ),
    ).toBe('forms');
  });

  it('keeps the word when no letter added makes one of the FAQ: another letter in its place is no match', () => {
    expect(withMissingLetter('rain', new Map([['main', 3]]))).toBe('rain');
    expect(withMissingLetter('rain', new Map())).toBe('rain');
  });
});
