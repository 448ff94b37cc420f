import { useState } from 'preact/hooks';
import { checkFolder, type FolderReport } from '../check/checkFolder';
import { formatReport } from '../check/formatReport';
import { folderData } from './folderData';
import { hideWidget, showWidget } from './showWidget';

/**
 * The whole faq-data folder, chosen as a folder or as several files: what `npm run faq:check`
 * reports, per locale (coverage, stale translations, test questions), and the chat running on
 * every locale, whose language menu switches between them.
 */
export function FolderPreview() {
  const [report, setReport] = useState<{ folder: FolderReport; text: string } | null>(null);

  const open = async (chosen: FileList | null) => {
    if (!chosen?.length) return;
    const files = new Map<string, string>();
    // A folder's files carry their path below it ("faq-data/tests/en.json"); chosen one by
    // one, they carry their name alone.
    for (const file of chosen) files.set(file.webkitRelativePath.split('/').slice(1).join('/') || file.name, await file.text());
    const folder = await checkFolder((name) => files.get(name) ?? null);
    setReport({ folder, text: formatReport(folder, (name) => files.get(name) ?? null) });
    if (files.has('index.json')) showWidget(folderData(files));
    else hideWidget();
  };

  const stale = (locale: string) => report!.folder.problems.filter((problem) => problem.stale && problem.file === `${locale}.json`).length;
  const tests = (locale: string) => report!.folder.tests.find((test) => test.locale === locale);
  return (
    <section aria-labelledby="folder-title">
      <h2 id="folder-title">A whole folder</h2>
      <p>
        <label>
          Choose a faq-data folder:{' '}
          <input
            type="file"
            multiple
            // Preact's types do not know the attribute that lets a file input take a folder.
            ref={(input) => {
              if (input) input.webkitdirectory = true;
            }}
            onChange={(event) => void open(event.currentTarget.files)}
          />
        </label>
      </p>
      <p>
        <label>
          …or its files (index.json and the locale files):{' '}
          <input type="file" accept=".json,application/json" multiple onChange={(event) => void open(event.currentTarget.files)} />
        </label>
      </p>
      {report && (
        <>
          <table>
            <caption>Each language of the folder. The chat in the corner answers in all of them.</caption>
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Entries missing</th>
                <th scope="col">Translations to review</th>
                <th scope="col">Test questions answered as expected</th>
              </tr>
            </thead>
            <tbody>
              {report.folder.coverage.map(({ locale, missing }) => (
                <tr key={locale}>
                  <th scope="row">{locale}</th>
                  <td>{missing.length}</td>
                  <td>{stale(locale)}</td>
                  <td>{tests(locale) ? `${tests(locale)!.passed} of ${tests(locale)!.total}` : 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>What npm run faq:check says</summary>
            <pre>{report.text}</pre>
          </details>
        </>
      )}
    </section>
  );
}
