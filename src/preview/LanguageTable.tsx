import type { FolderStatus } from './folderStatus';

/** Each language of the folder: entries missing, translations to review, and test questions answered as expected. */
export function LanguageTable({ status, locales }: { status: FolderStatus; locales: string[] }) {
  const stale = (locale: string) => status.report.problems.filter((problem) => problem.stale && problem.file === `${locale}.json`).length;
  const tests = (locale: string) => status.report.tests.find((test) => test.locale === locale);
  return (
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
        {status.report.coverage.map(({ locale, missing }) => (
          <tr key={locale}>
            <th scope="row">{locale}</th>
            <td>{missing.length}</td>
            <td>{stale(locale)}</td>
            <td>{tests(locale) ? `${tests(locale)!.passed} of ${tests(locale)!.total}` : 'none'}</td>
          </tr>
        ))}
        {/* A language whose file cannot be read keeps its row, saying so, rather than vanish. */}
        {locales
          .filter((locale) => !status.report.coverage.some((covered) => covered.locale === locale))
          .map((locale) => (
            <tr key={locale}>
              <th scope="row">{locale}</th>
              <td colSpan={3}>{locale}.json cannot be read: see "About the files" below.</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
