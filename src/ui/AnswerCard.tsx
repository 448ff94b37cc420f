import { useEffect, useRef, useState } from 'preact/hooks';
import { entryLink } from '../shared/deepLink';
import { Icon } from './Icon';
import type { Message } from '../chat/messages';
import { Answer } from './Answer';
import { useChat } from './context';
import { Questions } from './Questions';
import { SafeLink } from './SafeLink';

type AnswerMessage = Extract<Message, { kind: 'answer' }>;

/** One answer: the entry's question as title, its answer, related questions and feedback. */
export function AnswerCard({ message }: { message: AnswerMessage }) {
  const chat = useChat();
  // The card's own words stay in the language it was answered in, as its entry's do,
  // whatever the panel's language is now.
  const t = (key: string, values?: object) => chat.t.value(key, { ...values, lng: message.locale });
  const { entry, helpful } = message;

  const [copied, setCopied] = useState(false);
  const [byHand, setByHand] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [byHand]);
  const copy = () => {
    const link = entryLink(entry.id);
    // Where there is no clipboard (a plain-http page) or it is refused (a strict frame),
    // the link is given in a field, selected, to be copied by hand: a long URL scrolls in
    // it rather than breaking across lines.
    (async () => navigator.clipboard.writeText(link))().then(
      () => setCopied(true),
      () => setByHand(link),
    );
  };
  const titleId = `faq-answer-${message.key}`;
  return (
    <article class="card" aria-labelledby={titleId} lang={message.locale}>
      <h3 id={titleId}>
        <span class="sr-only">{t('answerFrom')} </span>
        <span lang={entry.lang}>{entry.question}</span>
      </h3>
      {/* An entry not yet translated is in the default locale's words, and says so; one asked in that language needs no word. */}
      {entry.lang && !entry.translated && (
        <p class="untranslated">{t('untranslated', { language: chat.locales.value[entry.lang] ?? entry.lang })}</p>
      )}
      <Answer text={entry.answer} locale={message.locale} lang={entry.lang} />
      {entry.url && (
        <p class="more">
          <SafeLink href={entry.url} standalone locale={message.locale}>
            {t('readMore')}
          </SafeLink>
        </p>
      )}
      {entry.related.length > 0 && <Questions label={t('related')} entries={entry.related} />}
      <div class="feedback">
        <button
          type="button"
          class="icon"
          aria-label={t('helpful')}
          aria-pressed={helpful === true}
          onClick={() => chat.feedback(message.key, true)}
        >
          <Thumb />
        </button>
        <button
          type="button"
          class="icon down"
          aria-label={t('notHelpful')}
          aria-pressed={helpful === false}
          onClick={() => chat.feedback(message.key, false)}
        >
          <Thumb />
        </button>
        <button type="button" class="icon" aria-label={t('copyLink')} onClick={copy}>
          <Icon
            path={
              'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0Z' +
              'm-2.1 5.3-1.2 1.2a3.5 3.5 0 0 1-5-5l3.6-3.5a3.5 3.5 0 0 1 4.9 0 1 1 0 0 1-1.4 1.4 1.5 1.5 0 0 0-2.1 0' +
              'L3.7 16.3a1.5 1.5 0 0 0 2.1 2.1l1.2-1.2a1 1 0 0 1 1.5 1.5Z' +
              'm7-13.4 1.2-1.2a3.5 3.5 0 0 1 5 5l-3.6 3.5a3.5 3.5 0 0 1-4.9 0 1 1 0 0 1 1.4-1.4 1.5 1.5 0 0 0 2.1 0' +
              'l3.6-3.5a1.5 1.5 0 0 0-2.1-2.1l-1.2 1.2a1 1 0 0 1-1.5-1.5Z'
            }
            size={18}
          />
        </button>
        <span class="thanks" role="status">
          {copied ? t('linkCopied') : helpful !== undefined ? t('thanks') : ''}
        </span>
      </div>
      {byHand && (
        <input
          class="link"
          readOnly
          value={byHand}
          aria-label={t('copyLink')}
          ref={field}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </article>
  );
}

function Thumb() {
  return (
    <Icon
      path={
        'M2 21h4V9H2v12Zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6' +
        'C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1.2-.7v-2Z'
      }
      size={18}
    />
  );
}
