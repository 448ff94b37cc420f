import { useEffect, useRef } from 'preact/hooks';
import type { Proposal } from '../editor/proposeChanges';
import type { EntryField, Files } from './folderEdits';
import { cellKey, type FolderStatus } from './folderStatus';
import { LocaleFields } from './LocaleFields';

export interface EntryFormProps {
  files: Files;
  id: string;
  locales: string[];
  /** Each locale's name in the manifest, such as "Español". */
  names: Record<string, string>;
  status: FolderStatus | null;
  onEdit(locale: string, field: EntryField, value: unknown): void;
  onMarkTranslated(locale: string): void;
  /** Visitors' questions proposed for this entry, in any language. */
  proposals: Proposal[];
  onAccept(proposal: Proposal, action: 'alternate' | 'test'): void;
  onReject(proposal: Proposal): void;
  onDelete(): void;
  onClose(): void;
}

/** One entry in every language side by side, each field in a form, with the checker's words beside it. */
export function EntryForm({
  files,
  id,
  locales,
  names,
  status,
  onEdit,
  onMarkTranslated,
  proposals,
  onAccept,
  onReject,
  onDelete,
  onClose,
}: EntryFormProps) {
  // The form takes the place of the table: focus moves to its heading, so that a keyboard or
  // screen reader user goes on from there rather than from the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  return (
    <section aria-labelledby="entry-title" class="entry-form">
      <h3 id="entry-title" tabIndex={-1} ref={heading}>
        Entry <code>{id}</code>
      </h3>
      <p class="actions">
        <button type="button" onClick={onClose}>
          Back to all entries
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          Delete this entry in every language
        </button>
      </p>
      <div class="languages">
        {locales.map((locale) => (
          <LocaleFields
            key={locale}
            files={files}
            id={id}
            locale={locale}
            name={names[locale] ?? locale}
            cell={status?.cells.get(cellKey(locale, id))}
            onEdit={(field, value) => onEdit(locale, field, value)}
            onMarkTranslated={() => onMarkTranslated(locale)}
            proposals={proposals.filter((proposal) => proposal.group.locale === locale)}
            onAccept={onAccept}
            onReject={onReject}
          />
        ))}
      </div>
    </section>
  );
}
