import { useState } from 'preact/hooks';
import { checkLocale } from '../check/checkLocale';
import { formatProblem } from '../check/formatReport';
import type { Problem } from '../check/Problem';
import { readJson } from '../check/readJson';
import type { LocaleFile } from '../data/format';
import { validateLocaleFile } from '../data/validate';
import type { FaqIndex } from '../search/FaqIndex';
import { FolderEditor } from './FolderEditor';
import { memoryData } from './memoryData';
import { hideWidget, showWidget } from './showWidget';
import { type Why, WhyThisAnswer } from './WhyThisAnswer';

/**
 * The editors' page: a whole folder to edit (FolderEditor); or one locale file, dropped or
 * pasted, to read what is wrong with it and chat with the widget running on it, with the
 * matches behind each answer.
 */
export function Preview() {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [index, setIndex] = useState<FaqIndex | null>(null);
  const [why, setWhy] = useState<Why | null>(null);

  const preview = async (source: string) => {
    setText(source);
    setWhy(null);
    hideWidget();
    const file = readJson('the file', source);
    if (!('value' in file)) return setProblems([file]);
    const locale = typeof (file.value as { locale?: unknown })?.locale === 'string' ? (file.value as { locale: string }).locale : 'en';
    const checked = checkLocale(file, locale);
    setProblems([...file.problems, ...checked.problems]);
    let valid: LocaleFile;
    try {
      valid = validateLocaleFile(file.value, 'the file', locale).file;
    } catch {
      return;
    }
    const data = memoryData(valid);
    const chat = showWidget(data, locale);
    const loaded = await data.loaded;
    setIndex(loaded.index);
    chat.on('question', ({ question }: { question: string }) => setWhy({ question, matches: loaded.index.explain(question, 5) }));
  };

  return (
    <main>
      <h1>Edit the FAQ</h1>
      <p>
        Open a faq-data folder to edit it, or check one locale file (such as <code>en.json</code>), and chat with it before visitors do. The
        page works on your computer alone and sends nothing anywhere.
      </p>
      <FolderEditor />
      <h2>One locale file</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside does the same */}
      <div
        class="drop"
        onDragOver={(event) => event.preventDefault()}
        onDrop={async (event) => {
          event.preventDefault();
          const dropped = event.dataTransfer?.files[0];
          if (dropped) await preview(await dropped.text());
        }}
      >
        <label>
          Choose a locale file, or drop it here:{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (event) => {
              const chosen = event.currentTarget.files?.[0];
              if (chosen) await preview(await chosen.text());
            }}
          />
        </label>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void preview(text);
        }}
      >
        <label for="source">…or paste its content:</label>
        <textarea id="source" rows={10} spellcheck={false} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        <button type="submit">Check and preview</button>
      </form>
      {problems && (
        <section aria-labelledby="problems-title">
          <h2 id="problems-title">Check</h2>
          {problems.length === 0 ? (
            <p role="status">No problems found. The chat in the corner answers from this file.</p>
          ) : (
            <ul role="status" class="problems">
              {problems.map((problem, position) => (
                <li key={position} class={problem.level}>
                  {formatProblem(problem)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {index && <WhyThisAnswer why={why} id="why-title" />}
    </main>
  );
}
