// Undo and redo of the editing page.
import { describe, expect, it } from 'vitest';
import { recordChange, redo, startHistory, undo } from '../../src/preview/editHistory';

const state = (text: string) => new Map([['en.json', text]]);

describe('the undo history', () => {
  it('undoes and redoes each change, and letters typed into one field are one step', () => {
    const [a, b, c, d] = ['a', 'ab', 'abc', 'x'].map(state);
    let history = startHistory(a);
    history = recordChange(history, b, 'en founded answer');
    history = recordChange(history, c, 'en founded answer');
    history = recordChange(history, d, 'en founded question');
    expect(undo(history).present).toBe(c);
    expect(undo(undo(history)).present).toBe(a);
    expect(redo(undo(undo(history))).present).toBe(c);
    expect(undo(startHistory(a)).present).toBe(a);
  });

  it('forgets what was undone once something else changes', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(state);
    const history = recordChange(undo(recordChange(startHistory(a), b)), c);
    expect(history.future).toEqual([]);
    expect(undo(history).present).toBe(a);
  });
});
