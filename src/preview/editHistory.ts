// Undo and redo while the editing page is open. Each state is the whole folder's texts:
// they are shared between states until a file changes, so a state costs one map.
import type { Files } from './folderEdits';

/** The folder now, the states before it (the last is the most recent) and those undone. */
export interface EditHistory {
  past: Files[];
  present: Files;
  future: Files[];
  /** What the last change edited, such as "fr founded answer": typing on in it is one step to undo. */
  editing?: string;
}

// Beyond this many steps the oldest is forgotten, so that a long session stays light.
const STEPS = 200;

export function startHistory(files: Files): EditHistory {
  return { past: [], present: files, future: [] };
}

/**
 * The history after a change. Changes with the same `editing` key in a row (the letters
 * typed into one field) make one step, as in a text editor.
 */
export function recordChange(history: EditHistory, files: Files, editing?: string): EditHistory {
  if (files === history.present) return history;
  if (editing !== undefined && editing === history.editing) return { ...history, present: files, future: [] };
  return { past: [...history.past, history.present].slice(-STEPS), present: files, future: [], editing };
}

export function undo(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
