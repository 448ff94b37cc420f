import { describe, expect, it } from 'vitest';
import { linkedEntry, withoutLink } from '../../src/shared/deepLink';

describe('links to an answer', () => {
  it('reads the entry id from #faq=<id>, alone or beside other parts of the fragment', () => {
    expect(linkedEntry('#faq=how-to-join')).toBe('how-to-join');
    expect(linkedEntry('#top&faq=caf%C3%A9')).toBe('café');
    expect(linkedEntry('#top')).toBeNull();
    expect(linkedEntry('#faq=%E0%A4%A')).toBeNull();
  });

  it('leaves the rest of the address as it was once the link is followed', () => {
    expect(withoutLink('https://city.example/climate#faq=founded')).toBe('https://city.example/climate');
    expect(withoutLink('https://city.example/climate?a=1#top&faq=founded')).toBe('https://city.example/climate?a=1#top');
    expect(withoutLink('https://city.example/climate#faq=founded&section=2')).toBe('https://city.example/climate#section=2');
    expect(withoutLink('https://city.example/climate')).toBe('https://city.example/climate');
  });
});
