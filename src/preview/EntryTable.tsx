import { useEffect, useRef } from 'preact/hooks';
import type { Proposal } from '../editor/proposeChanges';
import { entriesOf, type Files } from './folderEdits';
import { type CellStatus, cellKey, entryIds, type FolderStatus } from './folderStatus';

/** Every entry, one row each, with every language side by side and what needs doing in each. */
export function EntryTable({
  files,
  folder,
  status,
  proposals,
  returnTo,
  onEdit,
}: {
  files: Files;
  folder: { locales: string[]; defaultLocale: string; names: Record<string, string> };
  status: FolderStatus | null;
  /** Visitors' questions proposed for entries, not yet accepted or rejected. */
  proposals: Proposal[];
  /** The entry whose form was just closed: its Edit button gets the focus back. */
  returnTo: string | null;
  onEdit(id: string): void;
}) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  const questions = new Map(
    folder.locales.map((locale) => [locale, new Map(entriesOf(files, locale).map((entry) => [entry.id, entry.question]))]),
  );
  return (
    <div class="entries">
      <table>
        <caption>Entries. Press "Edit" to change an entry in every language.</caption>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            {folder.locales.map((locale) => (
              <th key={locale} scope="col" lang={locale}>
                {folder.names[locale] ?? locale}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entryIds(files, folder.locales, folder.defaultLocale).map((id) => (
            <tr key={id}>
              <th scope="row">
                <code>{id}</code>{' '}
                <button type="button" onClick={() => onEdit(id)} aria-label={`Edit ${id}`} ref={id === returnTo ? back : undefined}>
                  Edit
                </button>
              </th>
              {folder.locales.map((locale) => (
                <td key={locale} lang={locale} dir="auto">
                  {questions.get(locale)!.get(id) ?? ''}
                  <Marks
                    cell={status?.cells.get(cellKey(locale, id))}
                    asked={proposals.filter((proposal) => proposal.entry === id && proposal.group.locale === locale).length}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// What needs doing in a cell, in words, so that no mark is told by its colour alone.
function Marks({ cell, asked }: { cell?: CellStatus; asked: number }) {
  const errors = cell?.problems.filter((problem) => problem.level === 'error').length ?? 0;
  const warnings = (cell?.problems.length ?? 0) - errors;
  const marks = [
    asked && ['asked', `${asked} ${asked === 1 ? "visitor's question" : "visitors' questions"} to review`],
    cell?.missing && ['missing', 'Missing'],
    cell?.stale && ['stale', 'Translation to review'],
    cell?.failing.length && ['failing', `${cell.failing.length} test ${cell.failing.length === 1 ? 'question fails' : 'questions fail'}`],
    errors && ['error', `${errors} ${errors === 1 ? 'error' : 'errors'}`],
    warnings && ['warning', `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`],
  ].filter(Boolean) as [string, string][];
  return (
    <>
      {marks.map(([kind, text]) => (
        <span key={kind} class={`mark ${kind}`} title={kind === 'stale' ? cell!.stale!.message : undefined}>
          {text}
        </span>
      ))}
    </>
  );
}
