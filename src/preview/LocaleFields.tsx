import type { Problem } from '../check/Problem';
import type { Entry } from '../data/format';
import type { Proposal } from '../editor/proposeChanges';
import { AnswerPreview } from './AnswerPreview';
import { entriesOf, type EntryField, type Files, parsed } from './folderEdits';
import type { CellStatus } from './folderStatus';
import { ListField } from './ListField';
import { VisitorQuestion } from './VisitorQuestion';

// Each field with the label and help an editor reads; the order is the form's.
const FIELDS: { field: EntryField; label: string; help?: string }[] = [
  { field: 'question', label: 'Question' },
  {
    field: 'answer',
    label: 'Answer',
    help: 'A blank line starts a paragraph. "- " starts a bullet, **bold**, *italic*, [label](https://…) a link.',
  },
  { field: 'alternates', label: 'Other ways to ask', help: 'One per line.' },
  { field: 'keywords', label: 'Keywords', help: 'Words visitors use that the question and answer lack, one per line.' },
  { field: 'category', label: 'Category' },
  { field: 'related', label: 'Related entries', help: 'Their ids, one per line.' },
  { field: 'url', label: 'Link to a page with more', help: 'A full address, such as https://example.org/contact.' },
];

/** One language of an entry: each field in the form, with what the checker and visitors say of it. */
export function LocaleFields({
  files,
  id,
  locale,
  name,
  cell,
  onEdit,
  onMarkTranslated,
  proposals,
  onAccept,
  onReject,
}: {
  files: Files;
  id: string;
  locale: string;
  name: string;
  cell?: CellStatus;
  onEdit(field: EntryField, value: unknown): void;
  onMarkTranslated(): void;
  proposals: Proposal[];
  onAccept(proposal: Proposal, action: 'alternate' | 'test'): void;
  onReject(proposal: Proposal): void;
}) {
  if (parsed(files, `${locale}.json`) === undefined)
    return (
      <fieldset lang={locale} dir="auto">
        <legend>
          {name} ({locale})
        </legend>
        <p class="note warning">
          {locale}.json cannot be read: the list of what the check says, under the table of languages, shows its mistake. Correct it in a
          text editor, then open the folder again.
        </p>
      </fieldset>
    );
  const entry: Partial<Entry> = entriesOf(files, locale).find((candidate) => candidate.id === id) ?? {};
  const categories = (parsed(files, `${locale}.json`) as { categories?: { id?: unknown; title?: unknown }[] } | undefined)?.categories;
  const prefix = `${locale}-${id}`;
  const general = cell?.problems.filter((problem) => !problem.field) ?? [];
  return (
    <fieldset lang={locale} dir="auto">
      <legend>
        {name} ({locale})
      </legend>
      {cell?.missing && !entry.id && <p class="note">Not in this language yet: fill in the question and the answer to add it.</p>}
      {cell?.stale && (
        <div class="note warning">
          <p>{cell.stale.message}</p>
          <button type="button" onClick={onMarkTranslated}>
            The translation is up to date
          </button>
        </div>
      )}
      {cell?.failing.map((problem, index) => (
        <p key={index} class="note warning">
          Test question: {problem.message}
        </p>
      ))}
      {proposals.map((proposal) => (
        <VisitorQuestion key={proposal.group.question} proposal={proposal} onAccept={onAccept} onReject={onReject} />
      ))}
      <Problems problems={general} id={`${prefix}-problems`} />
      {FIELDS.map(({ field, label, help }) => {
        const fieldId = `${prefix}-${field}`;
        const problems = cell?.problems.filter((problem) => problem.field === field) ?? [];
        const describedBy = [help && `${fieldId}-help`, problems.length && `${fieldId}-problems`].filter(Boolean).join(' ') || undefined;
        const value = entry[field];
        return (
          <div key={field} class={`field field-${field}`}>
            <label for={fieldId}>{label}</label>
            {help && (
              <p id={`${fieldId}-help`} class="help">
                {help}
              </p>
            )}
            {field === 'answer' ? (
              <div class="answer-edit">
                <textarea
                  id={fieldId}
                  rows={8}
                  aria-describedby={describedBy}
                  value={(value as string) ?? ''}
                  onInput={(event) => onEdit(field, event.currentTarget.value)}
                />
                <section class="rendered" aria-label={`How visitors see the answer (${name})`}>
                  <AnswerPreview text={(value as string) ?? ''} lang={locale} />
                </section>
              </div>
            ) : field === 'category' ? (
              <select
                id={fieldId}
                aria-describedby={describedBy}
                value={(value as string) ?? ''}
                onChange={(event) => onEdit(field, event.currentTarget.value)}
              >
                <option value="">No category</option>
                {(Array.isArray(categories) ? categories : [])
                  .filter((category) => typeof category?.id === 'string')
                  .map((category) => (
                    <option key={String(category.id)} value={String(category.id)}>
                      {String(category.title ?? category.id)}
                    </option>
                  ))}
                {typeof value === 'string' && value && !categories?.some((category) => category?.id === value) && (
                  <option value={value}>{value}</option>
                )}
              </select>
            ) : field === 'alternates' || field === 'keywords' || field === 'related' ? (
              <ListField
                id={fieldId}
                describedBy={describedBy}
                value={Array.isArray(value) ? value.map(String) : []}
                onChange={(items) => onEdit(field, items)}
              />
            ) : (
              <input
                id={fieldId}
                type="text"
                aria-describedby={describedBy}
                inputMode={field === 'url' ? 'url' : undefined}
                value={(value as string) ?? ''}
                onInput={(event) => onEdit(field, event.currentTarget.value)}
              />
            )}
            <Problems problems={problems} id={`${fieldId}-problems`} />
          </div>
        );
      })}
    </fieldset>
  );
}

/** The checker's words, an error or a warning each, as faq:check prints them without the place. */
function Problems({ problems, id }: { problems: Problem[]; id: string }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} class="problems">
      {problems.map((problem, index) => (
        <li key={index} class={problem.level}>
          {problem.level === 'error' ? 'Error' : 'Warning'}: {problem.message}
        </li>
      ))}
    </ul>
  );
}
