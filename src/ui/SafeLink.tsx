import type { ComponentChildren } from 'preact';
import { isSafeUrl } from '../data/safeUrl';
import { useChat } from './context';

/**
 * A link from FAQ data: unsafe URLs render as plain text, other sites open in a new tab.
 * `standalone` links, outside a sentence, get a target of at least 24×24 pixels. What it
 * says of itself is in `locale`, that of the message it is in, when given.
 */
export function SafeLink({
  href,
  standalone,
  locale,
  children,
}: {
  href: string;
  standalone?: boolean;
  locale?: string;
  children: ComponentChildren;
}) {
  const t = useChat().t.value;
  if (!isSafeUrl(href)) return <>{children}</>;
  // A safe URL is one that URL can read, so this never throws. Only the resolved origin
  // tells whether a link leaves the site: "//host", "/\host" and "\\host" have no scheme.
  const url = new URL(href, document.baseURI);
  const external = /^https?:$/.test(url.protocol) && url.origin !== location.origin;
  const className = standalone ? 'standalone' : undefined;
  if (!external)
    return (
      <a href={href} class={className}>
        {children}
      </a>
    );
  return (
    <a href={href} class={className} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> {t('opensNewTab', { lng: locale })}</span>
    </a>
  );
}
