import type { ComponentChildren } from 'preact';
import { isSafeUrl } from '../data/safeUrl';
import { useChat } from './context';

/** A link from FAQ data: unsafe URLs render as plain text, other sites open in a new tab. */
export function SafeLink({ href, children }: { href: string; children: ComponentChildren }) {
  const t = useChat().t.value;
  if (!isSafeUrl(href)) return <>{children}</>;
  const external = /^https?:/i.test(href) && new URL(href, document.baseURI).origin !== location.origin;
  if (!external) return <a href={href}>{children}</a>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> {t('opensNewTab')}</span>
    </a>
  );
}
