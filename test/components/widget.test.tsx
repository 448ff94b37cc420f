import { fireEvent, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { validateLocaleFile } from '../../src/data/validate';
import { MAX_QUESTION_LENGTH, prebuild } from '../../src/search/FaqIndex';
import { fetchFaqData } from '../support/fetchFaqData';
import { focused, inLog, renderWidget, screen } from './renderWidget';

const launcher = () => screen.getByRole('button', { name: /^(Open|Close) questions and answers$/ });
const questionBox = () => screen.getByLabelText('Your question');

function type(text: string, init: KeyboardEventInit = {}) {
  fireEvent.input(questionBox(), { target: { value: text } });
  fireEvent.keyDown(questionBox(), { key: 'Enter', ...init });
}

describe('the chat panel', () => {
  it('opens from the launcher with focus in the question box', async () => {
    await renderWidget();
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(launcher());
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    const dialog = screen.getByRole('dialog', { name: 'ICLEI – Local Governments for Sustainability' });
    expect(launcher().getAttribute('aria-controls')).toBe(dialog.id);
    await waitFor(() => expect(focused()).toBe(questionBox()));
    expect(screen.getAllByRole('log')).toHaveLength(1);
  });

  it('shows the answer to a typed question', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    const title = await screen.findByRole('heading', { name: /When was ICLEI founded\?/ });
    const card = title.closest('article')!;
    expect(card.textContent).toContain('1990');
    expect(screen.getByRole('log').textContent).toContain('When did ICLEI start?');
    expect((questionBox() as HTMLInputElement).value).toBe('');
  });

  it('says honestly that it does not know, and links to a person', async () => {
    const { events } = await renderWidget();
    const unanswered = vi.fn();
    events.on('unanswered', unanswered);
    fireEvent.click(launcher());
    type('parking ticket fines');
    expect(await inLog().findByText(/Sorry, I don't have an answer to that/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Contact ICLEI/ }).getAttribute('href')).toBe('https://iclei.org/');
    expect(unanswered).toHaveBeenCalledWith({ question: 'parking ticket fines', locale: 'en' });
  });

  it('asks a suggested question when it is pressed', async () => {
    const { events } = await renderWidget();
    const asked = vi.fn();
    events.on('question', asked);
    fireEvent.click(launcher());
    // The greeting's suggestion, the first of the buttons that ask it (topics list it too).
    fireEvent.click(screen.getAllByRole('button', { name: 'How can my local government join ICLEI?' })[0]);
    expect(await screen.findByRole('heading', { name: /How can my local government join ICLEI\?/ })).toBeTruthy();
    expect(asked.mock.calls[0][0]).toMatchObject({
      question: 'How can my local government join ICLEI?',
      result: { best: { id: 'how-to-join' } },
    });
  });

  it('asks a related question when it is pressed', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    await screen.findByRole('heading', { name: /When was ICLEI founded\?/ });
    const related = screen.getByRole('group', { name: 'Related questions' });
    fireEvent.click(related.querySelector('button')!);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });

  it('emits feedback from the thumbs', async () => {
    const { events } = await renderWidget();
    const feedback = vi.fn();
    events.on('feedback', feedback);
    fireEvent.click(launcher());
    type('where is the headquarters');
    await screen.findByRole('article');
    const up = screen.getByRole('button', { name: 'Helpful' });
    fireEvent.click(up);
    expect(feedback).toHaveBeenCalledWith({ entryId: 'headquarters', helpful: true, locale: 'en' });
    expect(up.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Thank you for your feedback.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    expect(feedback).toHaveBeenLastCalledWith({ entryId: 'headquarters', helpful: false, locale: 'en' });
  });

  it('answers a thumbs down with other ways to an answer: other words, related questions, a person', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    await screen.findByRole('article');
    fireEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    const reply = inLog()
      .getByText(/Sorry that did not help/)
      .closest('.bot') as HTMLElement;
    expect(within(reply).getByRole('group', { name: 'Related questions' }).querySelectorAll('button').length).toBeGreaterThan(0);
    expect(within(reply).getByRole('link', { name: /Contact ICLEI/ })).toBeTruthy();
    // Changing one's mind and back does not say it twice.
    fireEvent.click(screen.getByRole('button', { name: 'Helpful' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    expect(inLog().getAllByText(/Sorry that did not help/)).toHaveLength(1);
  });

  it('clears the conversation with a way back, and says so', async () => {
    const { chat } = await renderWidget();
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    await screen.findByRole('article');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the conversation' }));
    expect(chat.messages.value).toEqual([]);
    expect(screen.getByText('The conversation was cleared.').getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(chat.messages.value.map((message) => message.kind)).toEqual(['question', 'answer']);
    expect(screen.queryByText('The conversation was cleared.')).toBeNull();
    // The Undo button went with its notice: focus goes back to the question, not to the page.
    await waitFor(() => expect(focused()).toBe(questionBox()));
  });

  it('while it loads, promises nothing below, and shows that a question asked meanwhile is being looked into', async () => {
    const { release } = await renderWidget({ hold: 'en.json' });
    fireEvent.click(launcher());
    const greeting = screen.getByRole('log').querySelector('.bot')!;
    expect(greeting.textContent).toBe('Loading answers…');
    type('When did ICLEI start?');
    expect(await screen.findByText('Looking for an answer…')).toBeTruthy();
    release();
    expect(await screen.findByRole('heading', { name: /When was ICLEI founded\?/ })).toBeTruthy();
    expect(screen.queryByText('Looking for an answer…')).toBeNull();
    expect(greeting.textContent).toContain('ask me anything about ICLEI');
  });

  it('lets a visitor who does not know what to ask browse the questions by topic', async () => {
    const { events } = await renderWidget();
    const asked = vi.fn();
    events.on('question', asked);
    fireEvent.click(launcher());
    const browse = screen.getByText('Browse all topics');
    expect(browse.closest('details')?.open).toBe(false);
    fireEvent.click(browse);
    const membership = screen.getByRole('group', { name: 'Membership' });
    expect(within(membership).getByRole('button', { name: 'How can my local government join ICLEI?' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'About ICLEI' })).toBeTruthy();
    fireEvent.click(within(membership).getByRole('button', { name: 'How can my local government join ICLEI?' }));
    await waitFor(() => expect(asked.mock.calls[0]?.[0].result.best?.id).toBe('how-to-join'));
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const { events } = await renderWidget();
    const closed = vi.fn();
    events.on('close', closed);
    fireEvent.click(launcher());
    fireEvent.keyDown(questionBox(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(focused()).toBe(launcher()));
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('does not send while an input method is composing', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    type('이클레이', { isComposing: true });
    type('이클레이', { keyCode: 229 });
    expect(screen.getByRole('log').querySelectorAll('.you')).toHaveLength(0);
    type('이클레이 본부');
    expect(screen.getByRole('log').querySelectorAll('.you')).toHaveLength(1);
  });

  it('shows FAQ text that looks like HTML as text', async () => {
    const file = {
      locale: 'en',
      entries: [
        {
          id: 'x',
          question: 'What is <b>bold</b>?',
          answer: '<img src=x onerror="alert(1)"> [go](javascript:alert(1)) <script>alert(2)</script>',
        },
      ],
    };
    await renderWidget({ files: { 'en.json': JSON.stringify(file) } });
    fireEvent.click(launcher());
    type('what is bold');
    const card = await screen.findByRole('article');
    expect(card.querySelector('img, script, b')).toBeNull();
    expect(card.querySelectorAll('a')).toHaveLength(0);
    expect(card.textContent).toContain('<img src=x onerror="alert(1)"> [go](javascript:alert(1)) <script>alert(2)</script>');
  });
});

describe('when there is no answer', () => {
  it("offers a shortlist when two entries may answer, with the first one's answer folded", async () => {
    const en = JSON.parse(readFileSync('faq-data/en.json', 'utf8'));
    en.entries.push(
      { id: 'parking-permit', question: 'How do I renew a parking permit?', answer: 'Online, on the parking page.' },
      { id: 'residence-permit', question: 'How do I renew a residence permit?', answer: 'At the citizens office.' },
    );
    const { events } = await renderWidget({ files: { 'en.json': JSON.stringify(en) } });
    const asked = vi.fn();
    events.on('question', asked);
    fireEvent.click(launcher());
    type('permit');
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(asked.mock.calls[0][0].result).toMatchObject({ reply: 'shortlist', best: null });
    const choices = within(screen.getByRole('log'))
      .getByText(/not sure which of these you mean/)
      .closest('.bot')!;
    const first = choices.querySelector('details')!;
    expect(first.open).toBe(false);
    // Each choice is offered once: the first as its folded answer, the others as buttons.
    const offered = [first.querySelector('summary')!, ...choices.querySelectorAll('.chips button')].map((choice) => choice.textContent);
    expect(offered).toEqual(expect.arrayContaining(['How do I renew a parking permit?', 'How do I renew a residence permit?']));
    expect(new Set(offered).size).toBe(offered.length);
    const other = [...choices.querySelectorAll('.chips button')].at(-1)!;
    fireEvent.click(other);
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toContain(other.textContent);
  });

  it('replies in kind to small talk in each language, never with an entry nor as unanswered', async () => {
    const { chat, events } = await renderWidget();
    const unanswered = vi.fn();
    events.on('unanswered', unanswered);
    const said: [string, string[]][] = [
      ['en', ['Hi!', 'I have a question', 'thanks', 'Bye']],
      ['es', ['hola', 'Tengo una pregunta', 'gracias', 'adiós']],
      ['fr', ['Bonjour', "J'ai une question", 'merci beaucoup', 'au revoir']],
      ['pt', ['bom dia', 'Tenho uma dúvida', 'obrigado', 'tchau']],
      ['ko', ['안녕하세요', '질문이 있어요', '감사합니다', '안녕히 가세요']],
      ['ja', ['こんにちは', '質問があります', 'ありがとうございます', 'さようなら']],
      ['zh', ['你好', '我有个问题', '谢谢', '再见']],
      // In English too, as visitors often write whatever the page's language.
      ['ja', ['hello', 'quick question', 'thank you', 'bye']],
    ];
    for (const [locale, [greeting, asking, thanks, goodbye]] of said) {
      await chat.setLocale(locale);
      for (const [question, kind] of [
        [greeting, 'greeting'],
        [asking, 'asking'],
        [thanks, 'thanks'],
        [goodbye, 'goodbye'],
      ]) {
        expect(await chat.search(question)).toEqual({ locale, reply: 'none', best: null, matches: [] });
        await chat.ask(question);
        expect([locale, question, chat.messages.value.at(-1)]).toMatchObject([locale, question, { kind: 'smallTalk', locale, said: kind }]);
      }
    }
    expect(unanswered).not.toHaveBeenCalled();
  });

  it('answers a question said with a greeting, an opener and thanks around it, in each language', async () => {
    const { chat } = await renderWidget();
    const asked: [string, string, string][] = [
      ['en', 'Hello! Quick question: when was ICLEI founded? Thanks', 'founded'],
      ['fr', "Bonjour, j'ai une question : c'est quoi l'ICLEI ? Merci", 'what-is-iclei'],
      ['ko', '안녕하세요, ICLEI는 언제 설립되었나요? 감사합니다', 'founded'],
      ['zh', '你好，请问宜可城是什么时候成立的？谢谢', 'founded'],
    ];
    for (const [locale, question, id] of asked) {
      await chat.setLocale(locale);
      expect([locale, question, (await chat.search(question)).best?.id]).toEqual([locale, question, id]);
    }
  });

  it('answers a greeting with one of its own and the suggested questions, in the language of the panel', async () => {
    await renderWidget({ wanted: ['es'] });
    fireEvent.click(screen.getByRole('button', { name: 'Abrir preguntas y respuestas' }));
    fireEvent.input(screen.getByLabelText('Su pregunta'), { target: { value: '¡Hola!' } });
    fireEvent.keyDown(screen.getByLabelText('Su pregunta'), { key: 'Enter' });
    const reply = (await inLog().findByText(/¿Qué desea saber\?/)).closest('.bot')!;
    expect(reply.getAttribute('lang')).toBe('es');
    expect([...reply.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      '¿Qué es ICLEI?',
      '¿Cómo puede mi gobierno local unirse a ICLEI?',
      '¿Quiénes son los miembros de ICLEI?',
    ]);
    expect(inLog().queryByText(/Lo siento/)).toBeNull();
  });

  it('offers no guesses below the floor of evidence, only the questions the FAQ answers, labelled as such', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    type('what about the tram timetable and the members');
    await inLog().findByText(/Sorry, I don't have an answer to that/);
    const offered = screen.getByRole('group', { name: 'Questions I can answer' });
    expect([...offered.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'What is ICLEI?',
      'How can my local government join ICLEI?',
      "Who are ICLEI's members?",
    ]);
  });

  it('offers a person prominently after three unanswered questions in a row', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    for (const question of ['parking ticket fines', 'library opening hours']) {
      type(question);
      await waitFor(() => expect(inLog().getAllByText(/Sorry, I don't have an answer/).length).toBeGreaterThan(0));
    }
    expect(inLog().queryByText(/Several questions went unanswered/)).toBeNull();
    type('passport renewal office');
    expect(await inLog().findByText(/Several questions went unanswered/)).toBeTruthy();
  });

  it('keeps the words of an unanswered question in their language after a switch', async () => {
    const { chat } = await renderWidget();
    fireEvent.click(launcher());
    for (const question of ['parking ticket fines', 'library opening hours', 'passport renewal office']) {
      type(question);
      await waitFor(() => expect(chat.messages.value.at(-1)?.kind).toBe('fallback'));
    }
    await chat.setLocale('fr');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Effacer la conversation' })).toBeTruthy());
    expect(inLog().getAllByText(/Sorry, I don't have an answer/)).toHaveLength(3);
    const escalated = inLog().getByText(/Several questions went unanswered/);
    expect(escalated.closest('[lang]')!.getAttribute('lang')).toBe('en');
  });
});

describe('suggestions as the visitor types', () => {
  it('offers matching questions as a combobox, chosen with the arrows and Enter', async () => {
    const { events } = await renderWidget();
    const asked = vi.fn();
    events.on('question', asked);
    fireEvent.click(launcher());
    expect(questionBox().getAttribute('role')).toBeNull();
    fireEvent.input(questionBox(), { target: { value: 'memb' } });
    const box = screen.getByRole('combobox', { name: 'Your question' });
    const list = screen.getByRole('listbox', { name: 'Suggested questions' });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    const options = within(list).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toContain("Who are ICLEI's members?");
    expect(screen.getByText(/suggested questions: choose one with the up and down arrows/).getAttribute('role')).toBe('status');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(asked.mock.calls[0][0].question).toBe(options[1].textContent);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(questionBox().getAttribute('role')).toBeNull();
  });

  it('acts on a suggestion when it is released, not pressed, so that a finger can slide away (WCAG 2.5.2)', async () => {
    const { events } = await renderWidget();
    const asked = vi.fn();
    events.on('question', asked);
    fireEvent.click(launcher());
    fireEvent.input(questionBox(), { target: { value: 'agenda' } });
    const option = within(screen.getByRole('listbox')).getByRole('option');
    fireEvent.pointerDown(option);
    fireEvent.mouseDown(option);
    expect(asked).not.toHaveBeenCalled();
    expect(screen.getByRole('listbox')).toBeTruthy();
    fireEvent.click(option);
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
  });

  it('hides the suggestions on Escape, and closes the panel only on the next one', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    fireEvent.input(questionBox(), { target: { value: 'agenda' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(questionBox(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.keyDown(questionBox(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('for screen readers', () => {
  it('reads the greeting as the description of the panel when it opens', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    const dialog = screen.getByRole('dialog');
    const description = dialog.getRootNode() as ShadowRoot;
    expect(description.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain('ask me anything about ICLEI');
  });

  it('names the conversation log, and adds no landmark for each reply', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    expect(screen.getByRole('log', { name: 'Conversation' })).toBeTruthy();
    type('When did ICLEI start?');
    await screen.findByRole('heading', { name: /When was ICLEI founded\?/ });
    expect(screen.getByRole('group', { name: 'Related questions' })).toBeTruthy();
    expect(screen.queryAllByRole('region')).toHaveLength(0);
  });

  it("says a reply's words to screen readers, not its every chip and button, and says a reply again when it comes again", async () => {
    await renderWidget();
    fireEvent.click(launcher());
    const log = screen.getByRole('log', { name: 'Conversation' });
    // The log itself would read a whole card out; what is said comes from one status.
    expect(log.getAttribute('aria-live')).toBe('off');
    const said = () => screen.getAllByRole('status').find((status: HTMLElement) => status.textContent!.includes('Answer:'))?.textContent;
    type('When did ICLEI start?');
    await waitFor(() => expect(said()).toMatch(/^Answer: When was ICLEI founded\? .*1990/));
    expect(said()).not.toMatch(/Helpful|Related questions|Read more/);
    type('parking ticket fines');
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').some((status: HTMLElement) => status.textContent!.startsWith("Sorry, I don't have an answer")),
      ).toBe(true),
    );
  });

  it("keeps the launcher's name, and tells whether the panel is open by its state alone", async () => {
    await renderWidget();
    const named = () => [launcher().getAttribute('aria-label'), launcher().getAttribute('aria-expanded')];
    expect(named()).toEqual(['Open questions and answers', 'false']);
    fireEvent.click(launcher());
    expect(named()).toEqual(['Open questions and answers', 'true']);
    fireEvent.click(launcher());
    expect(named()).toEqual(['Open questions and answers', 'false']);
  });

  it('keeps the language of earlier answers after a switch, their own words and the words around them', async () => {
    const { chat } = await renderWidget();
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    const title = await screen.findByRole('heading', { name: /When was ICLEI founded\?/ });
    const card = title.closest('article') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: 'Not helpful' }));
    await chat.setLocale('es');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Borrar la conversación' })).toBeTruthy());
    expect(card.getAttribute('lang')).toBe('en');
    expect(within(card).getByRole('group', { name: 'Related questions' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Helpful' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Read more (opens in a new tab)' })).toBeTruthy();
    const reply = inLog()
      .getByText(/Sorry that did not help/)
      .closest('.bot')!;
    expect(reply.getAttribute('lang')).toBe('en');
    expect(inLog().queryByText(/Preguntas relacionadas|Lamento que no haya servido/)).toBeNull();
  });
});

describe('when the data cannot be loaded', () => {
  it("says so once, offers the site's contact page, and promises no answers to come", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderWidget({ files: { 'index.json': null }, contact: 'https://city.example/contact' });
    fireEvent.click(launcher());
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The answers cannot be loaded right now.');
    expect(
      within(alert)
        .getByRole('link', { name: /^Contact us/ })
        .getAttribute('href'),
    ).toBe('https://city.example/contact');
    expect(screen.queryByText('Loading answers…')).toBeNull();
    expect(screen.getAllByText('The answers cannot be loaded right now.')).toHaveLength(1);
    // No empty bubble where the greeting would be.
    expect(screen.getByRole('log').querySelector('.bot')).toBeNull();
  });

  it('holds the question without blaming the visitor or counting it unanswered, and answers it on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { events, chat } = await renderWidget({ files: { 'index.json': new TypeError('Failed to fetch') } });
    const unanswered = vi.fn();
    events.on('unanswered', unanswered);
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    // The search tries the data once more (with its pause) before the question is held.
    await waitFor(() => expect(chat.messages.value.at(-1)?.kind).toBe('unavailable'), { timeout: 5000 });
    expect(screen.queryByText(/Sorry, I don't have an answer/)).toBeNull();
    expect(unanswered).not.toHaveBeenCalled();
    fetchFaqData();
    fireEvent.click(inLog().getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: /When was ICLEI founded\?/ })).toBeTruthy();
    expect(chat.messages.value.map((message) => message.kind)).toEqual(['question', 'answer']);
  });
});

describe('with the answers apart from a prebuilt index (npm run faq:build)', () => {
  // The ICLEI data as faq:build writes it: the index holds the entries, the answers are in pieces.
  // `padding` lengthens every answer, so that they fill several pieces.
  const built = async (padding = '') => {
    const { file } = validateLocaleFile(JSON.parse(readFileSync('faq-data/en.json', 'utf8')), 'en.json', 'en');
    for (const entry of file.entries) entry.answer += padding;
    const { index, pieces } = await prebuild(file, 'en');
    const manifest = {
      version: 1,
      defaultLocale: 'en',
      locales: { en: 'English' },
      indexes: { en: { file: 'en.index.json', source: '' } },
    };
    const files: Record<string, string | Error> = { 'index.json': JSON.stringify(manifest), 'en.index.json': JSON.stringify(index) };
    for (const [name, piece] of pieces) files[name] = JSON.stringify(piece);
    return { files, pieces: [...pieces.keys()] };
  };

  it('answers without the locale file, and a piece that cannot be had holds the question until it is tried again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { files, pieces } = await built();
    const failing = Object.fromEntries(pieces.map((name) => [name, new TypeError('Failed to fetch')]));
    const { chat } = await renderWidget({ files: { ...files, ...failing } });
    fireEvent.click(launcher());
    type('When did ICLEI start?');
    await waitFor(() => expect(chat.messages.value.at(-1)?.kind).toBe('unavailable'), { timeout: 5000 });
    expect(screen.queryByText(/Sorry, I don't have an answer/)).toBeNull();

    const { requested } = fetchFaqData('faq-data', files);
    fireEvent.click(inLog().getByRole('button', { name: 'Try again' }));
    const heading = await screen.findByRole('heading', { name: /When was ICLEI founded\?/ });
    expect(heading.closest('article')!.querySelector('.answer')!.textContent).toContain('1990');
    expect(requested.some((url) => url.endsWith('/en.json'))).toBe(false);
    expect(requested.filter((url) => url.includes('.answers-')).length).toBeGreaterThan(0);
  });

  it('fetches for a question only the piece of the answer it shows; search() fetches those of every match', async () => {
    const { files, pieces } = await built(` ${'More words. '.repeat(700)}`);
    expect(pieces.length).toBeGreaterThan(3);
    const { api, chat } = await renderWidget({ files });
    const { requested } = fetchFaqData('faq-data', files);
    const fetchedPieces = () => new Set(requested.filter((url) => url.includes('.answers-')));
    const asked = await chat.ask('When did ICLEI start?');
    expect(asked.best?.id).toBe('founded');
    expect(asked.best?.answer).toContain('1990');
    expect(fetchedPieces().size).toBe(1);
    const searched = await api.search('When did ICLEI start?');
    expect(searched.matches.length).toBeGreaterThan(3);
    expect(searched.matches.every(({ answer }) => answer.length > 0)).toBe(true);
    expect(fetchedPieces().size).toBeGreaterThan(1);
  });
});

describe('plurals', () => {
  it('says "caractère" for one character left in French, and "caractères" for more', async () => {
    await renderWidget({ wanted: ['fr'] });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir les questions et réponses' }));
    const box = screen.getByRole('textbox');
    fireEvent.input(box, { target: { value: 'x'.repeat(MAX_QUESTION_LENGTH - 1) } });
    expect(screen.getByText('Encore 1 caractère')).toBeTruthy();
    fireEvent.input(box, { target: { value: 'x'.repeat(MAX_QUESTION_LENGTH - 2) } });
    expect(screen.getByText('Encore 2 caractères')).toBeTruthy();
  });
});
