import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatProblem, formatReport } from '../check/formatReport';
import { TRANSLATIONS_FILE } from '../check/sourceVersion';
import { emptyRecord, readTranslationRecord } from '../check/translationRecord';
import { ID } from '../data/format';
import { markTranslated } from '../editor/markTranslated';
import type { Proposal } from '../editor/proposeChanges';
import { type EditHistory, recordChange, redo, startHistory, undo } from './editHistory';
import { EntryForm } from './EntryForm';
import { EntryTable } from './EntryTable';
import { addEntry, changedFiles, deleteEntry, entriesOf, type EntryField, type Files, parsed, setField, withText } from './folderEdits';
import { canWriteFolders, chooseFolder, type DirectoryHandle, readFolder, saveFiles } from './folderHandle';
import { folderData } from './folderData';
import { entryIds, type FolderStatus, folderStatus } from './folderStatus';
import { hideWidget, showWidget } from './showWidget';
import { acceptProposal, isKnown, visitorProposals } from './visitorProposals';
import { FileProblems } from './FileProblems';
import { LanguageTable } from './LanguageTable';
import { Uncovered } from './Uncovered';
import { type Why, WhyThisAnswer } from './WhyThisAnswer';

// The checker runs this long after the last key typed: at once would check every letter.
const CHECK_DELAY = 400;

/** The folder as opened: its languages, and where it is saved to, when the browser can write it. */
interface OpenFolder {
  defaultLocale: string;
  /** The default locale first. */
  locales: string[];
  names: Record<string, string>;
  handle: DirectoryHandle | null;
}

/**
 * The FAQ's editor: opens a whole faq-data folder, shows every entry in every language with
 * what faq:check says of it, edits entries in forms, and saves the files back as faq:import
 * writes them. The chat in the corner runs on the folder, in every language.
 */
export function FolderEditor() {
  const [folder, setFolder] = useState<OpenFolder | null>(null);
  const [history, setHistory] = useState<EditHistory | null>(null);
  const [saved, setSaved] = useState<Files>(new Map());
  const [status, setStatus] = useState<FolderStatus | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; alert?: boolean } | null>(null);
  const [newId, setNewId] = useState('');
  const [why, setWhy] = useState<Why | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  // Rejected proposals, by locale and question; accepted ones go by themselves, as the
  // folder then has their question (and come back with an undo).
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const files = history?.present;

  const start = (opened: Map<string, string>, handle: DirectoryHandle | null) => {
    if (changed.length && !confirm(`Open this folder instead? Your changes to ${changed.join(', ')} are not saved, and would be lost.`))
      return;
    const manifest = parsed(opened, 'index.json') as { defaultLocale?: unknown; locales?: unknown } | undefined;
    const listed = manifest?.locales && typeof manifest.locales === 'object' ? (manifest.locales as Record<string, unknown>) : {};
    const defaultLocale = typeof manifest?.defaultLocale === 'string' ? manifest.defaultLocale : (Object.keys(listed)[0] ?? 'en');
    const locales = Object.keys(listed).filter((locale) => opened.has(`${locale}.json`));
    locales.sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale));
    const names = Object.fromEntries(Object.entries(listed).map(([locale, name]) => [locale, typeof name === 'string' ? name : locale]));
    setFolder({ defaultLocale, locales, names, handle });
    setHistory(startHistory(opened));
    setSaved(opened);
    setSelected(null);
    setClosed(null);
    setStatus(null);
    setNotice(null);
    setWhy(null);
    setProposals([]);
    setRejected(new Set());
    if (opened.has('index.json')) showChat(opened);
    else hideWidget();
  };

  // The chat on the folder as it is now, and for each question it is asked, how the entries matched.
  const showChat = (shown: Files) => {
    const data = folderData(shown);
    showWidget(data).on('question', async ({ question, locale }: { question: string; locale: string }) =>
      setWhy({ question, matches: (await data.load(locale)).index.explain(question, 5) }),
    );
  };

  useEffect(() => {
    if (!files || !folder) return;
    let current = true;
    const timer = setTimeout(async () => {
      const found = await folderStatus(files, folder.locales);
      if (current) setStatus(found);
    }, CHECK_DELAY);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [files, folder]);

  const open = useMemo(
    () =>
      files && folder
        ? proposals.filter(
            (proposal) =>
              !rejected.has(`${proposal.group.locale} ${proposal.group.question}`) &&
              !isKnown(files, folder.locales, folder.defaultLocale, proposal),
          )
        : [],
    [files, folder, proposals, rejected],
  );

  const changed = useMemo(() => (files ? changedFiles(files, saved) : []), [files, saved]);
  // Closing the tab with changes not saved asks first: the undo history goes with the page.
  useEffect(() => {
    if (changed.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [changed.length]);

  // Ctrl+S (⌘S on a Mac) saves into the folder, as in any editor, instead of saving the page.
  useEffect(() => {
    const saveKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's' || !folder?.handle) return;
      event.preventDefault();
      if (changed.length) void save();
    };
    addEventListener('keydown', saveKey);
    return () => removeEventListener('keydown', saveKey);
  });

  const change = (next: Files, editing?: string) => setHistory((before) => before && recordChange(before, next, editing));

  const openChosen = async (chosen: FileList | null) => {
    if (!chosen?.length) return;
    const opened = new Map<string, string>();
    // A folder's files carry their path below it ("faq-data/tests/en.json"); chosen one by
    // one, they carry their name alone.
    for (const file of chosen) {
      const name = file.webkitRelativePath.split('/').slice(1).join('/') || file.name;
      if (name.endsWith('.json') && !name.startsWith('.')) opened.set(name, await file.text());
    }
    start(opened, null);
  };

  const openHandle = async () => {
    let handle: DirectoryHandle;
    try {
      handle = await chooseFolder();
    } catch {
      return; // The editor closed the folder picker.
    }
    start(await readFolder(handle), handle);
  };

  const save = async () => {
    if (!files || !folder?.handle) return;
    setNotice({ text: 'Saving…' });
    const result = await saveFiles(
      folder.handle,
      changed.map((name) => [name, files.get(name)!, saved.get(name) ?? null]),
    );
    let nowSaved = saved;
    for (const name of result.written) nowSaved = withText(nowSaved, name, files.get(name)!);
    setSaved(nowSaved);
    if (result.failed)
      setNotice({
        alert: true,
        text: [
          `${result.failed.name} could not be saved: ${result.failed.reason}.`,
          'Nothing is lost: your changes are still on this page.',
          result.written.length ? `Saved before it: ${result.written.join(', ')}.` : '',
          result.failed.changed ? '' : 'Check that the folder can be written to and try again, or download the changed files below.',
        ]
          .filter(Boolean)
          .join(' '),
      });
    else setNotice({ text: `Saved ${result.written.join(', ')}. The previous versions are in the folder .history.` });
  };

  const download = (name: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([files!.get(name)!], { type: 'application/json' }));
    link.download = name.replace(/\//g, '-');
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (!files || !folder) return;
    const id = newId.trim();
    const known = entryIds(files, folder.locales, folder.defaultLocale);
    if (!ID.test(id))
      return setNotice({
        alert: true,
        text: `"${id}" cannot be an id: use lower-case letters, digits and hyphens, such as "office-hours".`,
      });
    if (known.includes(id)) return setNotice({ alert: true, text: `There is already an entry "${id}".` });
    change(addEntry(files, folder.defaultLocale, id));
    setNewId('');
    setNotice(null);
    setSelected(id);
  };

  const remove = (id: string) => {
    if (!files || !folder) return;
    const question = [
      `Delete the entry "${id}" in every language, with its test questions,`,
      'and take it out of related entries and suggestions?',
    ].join(' ');
    if (!confirm(question)) return;
    change(deleteEntry(files, folder.locales, id));
    setSelected(null);
    setNotice({ text: `Deleted "${id}" in every language. Undo brings it back.` });
  };

  const markUpToDate = async (locale: string, id: string) => {
    if (!files || !folder) return;
    const read = readTranslationRecord(parsed(files, TRANSLATIONS_FILE) ?? emptyRecord());
    if ('mistake' in read) return setNotice({ alert: true, text: read.mistake });
    // The editor looked at this entry and says so, as `faq:translated --force` does: a
    // translation that needed no change is up to date too.
    const { record } = await markTranslated(read.record, entriesOf(files, folder.defaultLocale), locale, entriesOf(files, locale), [id], {
      force: true,
    });
    // Written whole, as "npm run faq:translated" writes it.
    change(withText(files, TRANSLATIONS_FILE, `${JSON.stringify(record, null, 2)}\n`));
  };

  const readVisitors = async (chosen: File | undefined) => {
    if (!chosen || !files || !folder) return;
    try {
      const read = await visitorProposals(
        chosen.name,
        new Uint8Array(await chosen.arrayBuffer()),
        files,
        folder.locales,
        folder.defaultLocale,
      );
      setProposals(read.proposals);
      setRejected(new Set());
      // What faq:misses would print about the file comes first, in its words.
      const said = read.problems.map(formatProblem).join(' ');
      if (read.problems.some((problem) => problem.level === 'error')) return setNotice({ alert: true, text: said });
      const near = read.proposals.filter((proposal) => proposal.action !== 'new entry').length;
      setNotice({
        text:
          `${said ? `${said} ` : ''}${read.proposals.length} visitors' questions to review: ` +
          `${near} on the entries they are near (marked in the table), ` +
          `${read.proposals.length - near} that no entry covers (listed below the table).`,
      });
    } catch (error) {
      setNotice({ alert: true, text: (error as Error).message });
    }
  };

  const accept = async (proposal: Proposal, action: 'alternate' | 'test') => {
    if (!files || !folder) return;
    const accepted = await acceptProposal(files, folder.locales, folder.defaultLocale, proposal, action);
    if (accepted.problems.length) return setNotice({ alert: true, text: accepted.problems.map(formatProblem).join(' ') });
    change(accepted.files);
  };
  const reject = (proposal: Proposal) => setRejected(new Set(rejected).add(`${proposal.group.locale} ${proposal.group.question}`));

  return (
    <section aria-labelledby="folder-title">
      <h2 id="folder-title">Edit a whole folder</h2>
      {canWriteFolders() && (
        <p>
          <button type="button" class="primary" onClick={() => void openHandle()}>
            Open a faq-data folder to edit
          </button>{' '}
          Your changes are saved into it when you press "Save".
        </p>
      )}
      <p>
        <label>
          {canWriteFolders() ? 'Or choose a faq-data folder to read (save by downloading):' : 'Choose a faq-data folder:'}{' '}
          <input
            type="file"
            multiple
            // Preact's types do not know the attribute that lets a file input take a folder.
            ref={(input) => {
              if (input) input.webkitdirectory = true;
            }}
            onChange={(event) => void openChosen(event.currentTarget.files)}
          />
        </label>
      </p>
      <p>
        <label>
          …or its files (index.json and the locale files):{' '}
          <input type="file" accept=".json,application/json" multiple onChange={(event) => void openChosen(event.currentTarget.files)} />
        </label>
      </p>
      {files && folder && (
        <>
          <section class="save-bar" aria-label="Changes">
            <p>{changed.length === 0 ? 'No changes to save.' : `Changed, not saved yet: ${changed.join(', ')}.`}</p>
            <button type="button" disabled={!history!.past.length} onClick={() => setHistory(undo(history!))}>
              Undo
            </button>
            <button type="button" disabled={!history!.future.length} onClick={() => setHistory(redo(history!))}>
              Redo
            </button>
            {folder.handle && (
              <button type="button" class="primary" disabled={changed.length === 0} onClick={() => void save()}>
                Save into the folder
              </button>
            )}
            <button type="button" onClick={() => showChat(files)}>
              Try the changes in the chat
            </button>
            {(!folder.handle || notice?.alert) && changed.length > 0 && (
              <ul class="downloads" aria-label="Download the changed files">
                {changed.map((name) => (
                  <li key={name}>
                    <button type="button" onClick={() => download(name)}>
                      Download {name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {/* A refused save is announced at once; other news waits for the editor to pause. */}
          {notice?.alert ? (
            <p role="alert" class="notice alert">
              {notice.text}
            </p>
          ) : (
            <p role="status" class="notice">
              {notice?.text}
            </p>
          )}
          {status && <LanguageTable status={status} locales={folder.locales} />}
          {status && <FileProblems problems={status.general} />}
          {selected ? (
            <EntryForm
              files={files}
              id={selected}
              locales={folder.locales}
              names={folder.names}
              status={status}
              onEdit={(locale: string, field: EntryField, value: unknown) =>
                change(setField(files, locale, folder.defaultLocale, selected, field, value), `${locale} ${selected} ${field}`)
              }
              onMarkTranslated={(locale) => void markUpToDate(locale, selected)}
              proposals={open.filter((proposal) => proposal.entry === selected && proposal.action !== 'new entry')}
              onAccept={accept}
              onReject={reject}
              onDelete={() => remove(selected)}
              onClose={() => {
                setClosed(selected);
                setSelected(null);
              }}
            />
          ) : (
            <>
              <p>
                <label>
                  Visitors' questions, to review on each entry (an analytics export, as for <code>npm run faq:misses</code>):{' '}
                  <input
                    type="file"
                    accept=".csv,.tsv,.txt,text/csv"
                    onChange={(event) => void readVisitors(event.currentTarget.files?.[0])}
                  />
                </label>
              </p>
              <form class="add" onSubmit={add}>
                <label for="new-id">New entry's id (lower-case letters, digits and hyphens):</label>
                <input id="new-id" type="text" value={newId} onInput={(event) => setNewId(event.currentTarget.value)} />
                <button type="submit">Add an entry</button>
              </form>
              <EntryTable
                files={files}
                folder={folder}
                status={status}
                proposals={open.filter((proposal) => proposal.action !== 'new entry')}
                returnTo={closed}
                onEdit={setSelected}
              />
              <Uncovered proposals={open.filter((proposal) => proposal.action === 'new entry')} onReject={reject} />
            </>
          )}
          <WhyThisAnswer why={why} id="folder-why-title" />
          {status && (
            <details>
              <summary>What npm run faq:check says</summary>
              <pre>{formatReport(status.report, (name) => files.get(name) ?? null)}</pre>
            </details>
          )}
        </>
      )}
    </section>
  );
}
