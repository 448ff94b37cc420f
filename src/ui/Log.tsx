import { useEffect, useRef } from 'preact/hooks';
import { Answer } from './Answer';
import { AnswerCard } from './AnswerCard';
import { useChat } from './context';
import { Questions } from './Questions';
import { SafeLink } from './SafeLink';
import { Topics } from './Topics';

/** The conversation: the greeting with suggested questions, then every question and reply. */
export function Log() {
  const chat = useChat();
  const t = chat.t.value;
  const faq = chat.faq.value;
  const messages = chat.messages.value;
  const suggestions = chat.suggestions.value;
  const log = useRef<HTMLDivElement>(null);

  // A new question scrolls to its top, so that its answer reads from the beginning. Its
  // place is read in the next frame, where the browser lays the panel out anyway: read at
  // once, it would lay it out a second time, in the task that drew it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const last = [...(log.current?.querySelectorAll<HTMLElement>('.you') ?? [])].pop();
      if (log.current && last) log.current.scrollTop = last.offsetTop - log.current.offsetTop - 16;
    });
    return () => cancelAnimationFrame(frame);
  }, [messages.length]);

  return (
    <div class="log" role="log" aria-label={t('conversation')} ref={log}>
      <div class="bot">
        {/* Nothing is promised "below" before it is there. */}
        <p id="faq-greeting">{faq ? (faq.greeting ?? t('greeting')) : t('loading')}</p>
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
            return (
              <div key={message.key} class="bot">
                <p>{t('shortlist')}</p>
                <Questions entries={message.choices} lang={message.locale} />
                <details class="first" lang={message.locale}>
                  <summary>{message.first.question}</summary>
                  <Answer text={message.first.answer} />
                </details>
              </div>
            );
          case 'notHelpful':
            return (
              <div key={message.key} class="bot">
                <p>{t('notHelpfulReply')}</p>
                {message.related.length > 0 && <Questions label={t('related')} entries={message.related} lang={message.locale} />}
                {message.contact && <Contact {...message.contact} />}
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
                <p>{t('fallback')}</p>
                {/* No guesses below the floor of evidence: what the FAQ does cover, said to be that. */}
                {suggestions.length > 0 && <Questions label={t('canAnswer')} entries={suggestions} />}
                {message.contact && <Contact {...message.contact} escalate={message.escalate} />}
              </div>
            );
        }
      })}
      {chat.pending.value > 0 && <p class="bot pending">{t('thinking')}</p>}
    </div>
  );
}

/** Where to ask a person; offered prominently after several questions went unanswered. */
function Contact({ label, url, escalate }: { label: string; url: string; escalate?: boolean }) {
  const t = useChat().t.value;
  return (
    <p class={escalate ? 'escalate' : undefined}>
      {escalate && `${t('askPerson')} `}
      <SafeLink href={url} standalone>
        {label}
      </SafeLink>
    </p>
  );
}
