// Data and pages that mean harm, or are merely careless: badly formed web addresses in the
// FAQ, and a page that adds properties to Object.prototype.
import { signal } from '@preact/signals';
import { fireEvent, render } from '@testing-library/preact';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { Answer } from '../../src/ui/Answer';
import type { Chat } from '../../src/chat/Chat';
import { ChatContext } from '../../src/ui/context';
import { SafeLink } from '../../src/ui/SafeLink';
import { inLog, renderWidget, screen } from './renderWidget';

const BAD_WEB_ADDRESSES = ['https://', 'http://', 'https://999.1.1.1/', 'https://['];

const launcher = () => screen.getByRole('button', { name: /^(Open|Close) questions and answers$/ });
function ask(text: string) {
  const box = screen.getByLabelText('Your question');
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

/** Renders inside a widget's context, as the panel does. */
function renderInWidget(children: preact.ComponentChildren) {
  const chat = { t: signal(createI18n().t) } as unknown as Chat;
  return render(<ChatContext.Provider value={chat}>{children}</ChatContext.Provider>);
}

describe('badly formed web addresses in the data', () => {
  it.each(BAD_WEB_ADDRESSES)('leave the panel working when %j is a link of an answer, the contact or an entry url', async (bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const en = JSON.parse(readFileSync('faq-data/en.json', 'utf8'));
    en.contact.url = bad;
    const founded = en.entries.find((entry: { id: string }) => entry.id === 'founded');
    founded.answer += ` [More](${bad})`;
    en.entries.find((entry: { id: string }) => entry.id === 'headquarters').url = bad;
    await renderWidget({ files: { 'en.json': JSON.stringify(en) } });
    fireEvent.click(launcher());

    ask('When did ICLEI start?');
    const card = (await screen.findByRole('heading', { name: /When was ICLEI founded\?/ })).closest('article')!;
    expect(card.textContent).toContain('More');
    expect(card.querySelector(`a[href="${bad}"]`)).toBeNull();
    ask('parking ticket fines');
    expect(await inLog().findByText(/Sorry, I don't have an answer to that/)).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('left out headquarters (url)'));
  });

  it('never makes a link throw as it renders, whatever its address', () => {
    const address = fc.oneof(
      fc.constantFrom(...BAD_WEB_ADDRESSES),
      fc.string(),
      fc.webUrl().map((url) => url.replace('//', '//[')),
    );
    fc.assert(
      fc.property(address, (href) => {
        const { unmount } = renderInWidget(<SafeLink href={href}>label</SafeLink>);
        unmount();
      }),
      { numRuns: 300 },
    );
  });
});

describe('ui texts of a locale file', () => {
  it('are plain text: a file whose texts nest others with $t(…), which grow exponentially, keeps the English ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const en = JSON.parse(readFileSync('faq-data/en.json', 'utf8'));
    // Each level holds four of the next: eight levels make 65,536 copies of the last.
    en.ui = Object.fromEntries(Array.from({ length: 8 }, (_, level) => [`n${level}`, `$t(n${level + 1}) `.repeat(4)]));
    en.ui.n8 = 'x';
    en.ui.launcher = '$t(n0)';
    await renderWidget({ files: { 'en.json': JSON.stringify(en) } });
    // The launcher is named by the English text, not by 65,536 copies of "x".
    expect(launcher()).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ui" (not in the expected form; ignored)'));
  });
});

describe('a page that has added properties to Object.prototype', () => {
  const prototype = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    delete prototype.bold;
    delete prototype.italic;
    delete prototype.paragraph;
  });

  it('still draws links as links, and lists as lists', () => {
    prototype.bold = ['polluted'];
    prototype.italic = ['polluted'];
    prototype.paragraph = ['polluted'];
    const { container } = renderInWidget(<Answer text={'See [the site](https://iclei.org/).\n\n- one\n- two'} />);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://iclei.org/');
    expect([...container.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['one', 'two']);
    expect(container.textContent).not.toContain('polluted');
  });
});
