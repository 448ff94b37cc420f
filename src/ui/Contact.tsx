import { useChat } from './context';
import { SafeLink } from './SafeLink';

/** Where to ask a person; offered prominently after several questions went unanswered. */
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
