import { useEffect, useRef, useState } from 'preact/hooks';
import { Answer } from './Answer';
import { AnswerCard } from './AnswerCard';
import { useChat } from './context';
import { Contact } from './Contact';
import { Questions } from './Questions';
import { Topics } from './Topics';

/** The conversation: the greeting with suggested questions, then every question and reply. */
export function Log() {
  const chat = useChat();
  const t = chat.t.value;
  const faq = chat.faq.value;
  const messages = chat.messages.value;
  const suggestions = chat.suggestions.value;
  const log = useRef<HTMLDivElement>(null);
  const [spoken, setSpoken] = useState('');

  // A new question scrolls to its top, so that its answer reads from the beginning; the
  // reply to a thumbs down, which comes without a question, scrolls to its own top. Its
  // place is read in the next frame, where the browser lays the panel out anyway: read at
  // once, it would lay it out a second time, in the task that drew it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const element = log.current;
      const shown =
        messages.at(-1)?.kind === 'notHelpful' ? element?.lastElementChild : [...(element?.querySelectorAll('.you') ?? [])].pop();
      if (element && shown instanceof HTMLElement) element.scrollTop = shown.offsetTop - element.offsetTop - 16;
      // A screen reader hears a reply's words, not its every chip and button, as it would
      // from the log itself. The words go when the next question comes, so that the same
      // reply is said again, and only the last one is there twice for a reader to meet.
      const reply = element?.lastElementChild;
      const words =
        messages.length && reply?.matches('.bot, .card')
          ? [...reply.querySelectorAll(':scope > h3, :scope > p:not(.more), :scope > .answer, summary')]
          : [];
      setSpoken(words.map((part) => part.textContent).join(' '));
    });
    return () => cancelAnimationFrame(frame);
  }, [messages.length]);

  // Nothing is promised "below" before it is there; data that cannot be loaded leaves no
  // bubble at all, only the panel's notice with its retry and contact.
  const greeting = faq ? (faq.greeting ?? t('greeting')) : chat.status.value === 'loading' && t('loading');

  return (
    <>
      <div class="log" role="log" aria-live="off" aria-label={t('conversation')} ref={log}>
        <div class={greeting ? 'bot' : undefined}>
          <p id="faq-greeting">{greeting}</p>
          {suggestions.length > 0 && <Questions entries={suggestions} />}
          <Topics />
        </div>
        {messages.map((message) => {
          switch (message.kind) {
            case 'question':
              return (
                <p key={message.key} class="you">
                  <span class="sr-only">{t('you')} </span>
                  {message.text}
                </p>
              );
            case 'answer':
              return <AnswerCard key={message.key} message={message} />;
            case 'shortlist':
              // The first choice is offered once, its answer folded; the others ask when pressed.
              return (
                <div key={message.key} class="bot" lang={message.locale}>
                  <p>{t('shortlist', { lng: message.locale })}</p>
                  <details class="first">
                    <summary lang={message.first.lang}>{message.first.question}</summary>
                    <Answer text={message.first.answer} locale={message.locale} lang={message.first.lang} />
                  </details>
                  <Questions entries={message.choices.filter(({ id }) => id !== message.first.id)} />
                </div>
              );
            case 'notHelpful':
              return (
                <div key={message.key} class="bot" lang={message.locale}>
                  <p>{t('notHelpfulReply', { lng: message.locale })}</p>
                  {message.related.length > 0 && <Questions label={t('related', { lng: message.locale })} entries={message.related} />}
                  {message.contact && <Contact {...message.contact} locale={message.locale} />}
                </div>
              );
            case 'smallTalk':
              // A greeting, or a question announced, is answered with what the FAQ can answer,
              // as the panel's own greeting is.
              return (
                <div key={message.key} class="bot" lang={message.locale}>
                  <p>{t('smallTalk', { lng: message.locale, context: message.said })}</p>
                  {(message.said === 'greeting' || message.said === 'asking') && suggestions.length > 0 && (
                    <Questions entries={suggestions} />
                  )}
                </div>
              );
            case 'unavailable':
              return (
                <div key={message.key} class="bot">
                  <p>{t('unavailable')}</p>
                  <button type="button" class="chip" onClick={() => void chat.retry()}>
                    {t('retry')}
                  </button>
                </div>
              );
            case 'fallback':
              return (
                <div key={message.key} class="bot">
                  <p lang={message.locale}>{t('fallback', { lng: message.locale })}</p>
                  {/* No guesses below the floor of evidence: what the FAQ does cover, said to be that. */}
                  {suggestions.length > 0 && <Questions label={t('canAnswer')} entries={suggestions} />}
                  {message.contact && <Contact {...message.contact} escalate={message.escalate} locale={message.locale} />}
                </div>
              );
          }
        })}
        {chat.pending.value > 0 && <p class="bot pending">{t('thinking')}</p>}
      </div>
      <p class="sr-only" role="status">
        {spoken}
      </p>
    </>
  );
}
