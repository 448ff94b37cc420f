import { useChat } from './context';
import { SafeLink } from './SafeLink';

/**
 * Where to ask a person: after a thumbs down, an unanswered question or data that cannot be
 * loaded; offered prominently (`escalate`) after several questions went unanswered.
 */
export function Contact({ label, url, escalate }: { label: string; url: string; escalate?: boolean }) {
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
