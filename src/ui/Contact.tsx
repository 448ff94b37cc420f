import { useChat } from './context';
import { SafeLink } from './SafeLink';

/**
 * Where to ask a person: after a thumbs down, an unanswered question or data that cannot be
 * loaded; offered prominently (`escalate`) after several questions went unanswered. Its
 * words are in `locale`, that of the message it ends, when given.
 */
export function Contact({ label, url, escalate, locale }: { label: string; url: string; escalate?: boolean; locale?: string }) {
  const t = useChat().t.value;
  return (
    <p class={escalate ? 'escalate' : undefined} lang={locale}>
      {escalate && `${t('askPerson', { lng: locale })} `}
      <SafeLink href={url} standalone locale={locale}>
        {label}
      </SafeLink>
    </p>
  );
}
