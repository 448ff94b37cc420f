import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/data/safeUrl';

describe('isSafeUrl', () => {
  it.each([
    'https://iclei.org/',
    'http://example.org/a?b=1&c=2',
    'mailto:info@iclei.org',
    'tel:+49228976299',
    '/about',
    'about#x',
    '../contact',
    '#faq',
  ])('accepts %s', (url) => expect(isSafeUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://example.org/a b',
    'https://example.org/\u0000',
    '',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it.each(['https://', 'http://', 'https://999.1.1.1/', 'https://[', 'HTTP://[::1', '//[', '//999.1.1.1/'])(
    'rejects %j, a web address that browsers cannot read',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});
