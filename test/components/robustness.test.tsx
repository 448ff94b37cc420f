import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { resolveConfig } from '../../src/config';
import { createWidget } from '../../src/widget';
import { MAX_QUESTION_LENGTH } from '../../src/search/FaqIndex';
import { MAX_MESSAGES } from '../../src/chat/history';
import type { Message } from '../../src/chat/messages';
import { DATA_URL, fetchFaqData } from '../support/fetchFaqData';
import { renderWidget, screen } from './renderWidget';

const launcher = () => screen.getByRole('button', { name: /^(Open|Close) questions and answers$/ });

describe('the chat panel under strain', () => {
  it('turns a failure to render into a message, and the launcher keeps working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { chat } = await renderWidget();
    // A message the panel cannot draw: its entry is missing.
    chat.messages.value = [{ key: 1, kind: 'answer', locale: 'en' } as unknown as Message];
    fireEvent.click(launcher());
    const alert = await screen.findByRole('alertdialog');
    expect(alert.textContent).toContain('Something went wrong in the chat.');
    expect(error).toHaveBeenCalledWith('FaqChat: the chat panel failed to render.', expect.any(TypeError));
    fireEvent.click(launcher());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(launcher());
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(chat.messages.value).toEqual([]);
  });

  it('caps the question box and says how much room is left near the limit', async () => {
    await renderWidget();
    fireEvent.click(launcher());
    const box = screen.getByLabelText('Your question') as HTMLInputElement;
    expect(box.maxLength).toBe(MAX_QUESTION_LENGTH);
    fireEvent.input(box, { target: { value: 'x'.repeat(300) } });
    expect(screen.queryByText(/characters left/)).toBeNull();
    fireEvent.input(box, { target: { value: 'x'.repeat(MAX_QUESTION_LENGTH - 20) } });
    const hint = screen.getByText('20 characters left');
    expect(box.getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('keeps a fixed number of messages after a thousand questions', async () => {
    const { chat } = await renderWidget();
    chat.engage();
    for (let i = 0; i < 1000; i++) await chat.ask(i % 2 ? 'When did ICLEI start?' : `question number ${i}`);
    fireEvent.click(launcher());
    expect(chat.messages.value.length).toBeLessThanOrEqual(MAX_MESSAGES);
    // The greeting, then the messages kept.
    expect(screen.getByRole('log').children.length).toBeLessThanOrEqual(MAX_MESSAGES + 1);
  });
});

describe('a rest of the widget that fails as it starts', () => {
  it('is reported as an error, answers nothing, and is tried again on the next call', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The loader asks for the data beside the rest: served from disk, not the network.
    fetchFaqData();
    let starts = 0;
    const api = createWidget(resolveConfig({ src: DATA_URL, persist: 'none' }, null, document), {
      loadApp: async () => () => {
        starts++;
        throw new Error('FaqChat: broken start');
      },
    });
    onTestFinished(() => api.destroy());
    const errors = vi.fn();
    api.on('error', errors);
    await expect(api.search('When did ICLEI start?')).resolves.toMatchObject({ reply: 'none', best: null });
    expect(errors).toHaveBeenCalledWith({ message: 'FaqChat: broken start' });
    await api.search('again');
    expect(starts).toBe(2);
  });
});

describe('createFaqChat, the npm package', () => {
  it.each([
    ['null', null],
    [
      'a Proxy that throws',
      new Proxy(
        {},
        {
          getOwnPropertyDescriptor: () => {
            throw new Error('no');
          },
        },
      ),
    ],
  ])('starts a widget from options it cannot read (%s), with a warning for what it ignores', async (_, options) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { createFaqChat } = await import('../../src/index');
    const api = createFaqChat(options as never);
    onTestFinished(() => api.destroy());
    expect(document.querySelectorAll('[data-faq-chat]').length).toBe(1);
    expect(warn.mock.calls.length).toBe(options ? 12 : 0);
  });
});
