import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';

describe('the widget strings', () => {
  it('fills each placeholder with its own value, even a value that looks like another placeholder', () => {
    const t = createI18n().t;
    const notice = t('localeFallback', { requested: 'Klingon {{served}}', served: 'English' });
    expect(notice.replaceAll('\u2060', '')).toBe('Answers in Klingon {{served}} are not available, so they are shown in English.');
  });

  it('shows values as they are, without HTML escapes, which Preact does itself', () => {
    expect(createI18n().t('localeFallback', { requested: 'A & <B>', served: '"C"' })).toBe(
      'Answers in A & <B> are not available, so they are shown in "C".',
    );
  });
});
