// What each thing the chat can do for a question is worth to the visitor (README, "How the
// chat decides what to show"): `npm run calibrate` fits the reply model to them, and the
// editors' tools weigh a change to the FAQ by them.
import type { TestResult } from './runTests';

/** The weight of each outcome: one right answer is worth 1, a wrong one costs three. */
export const OUTCOME_WEIGHTS = {
  right: 1,
  listedRight: 0.8,
  listedWrong: -0.1,
  none: 0,
  misled: -3,
  offListed: -0.5,
  offAnswered: -3,
} as const;

/** What the chat gives on these test questions, in the weights above, summed. */
export function worthOf(results: TestResult[]): number {
  return results.reduce((sum, { test, got, reply, passed }) => sum + OUTCOME_WEIGHTS[outcome(test.expect, got, reply, passed)], 0);
}

function outcome(expect: string[], got: string | null, reply: TestResult['reply'], passed: boolean): keyof typeof OUTCOME_WEIGHTS {
  if (expect.length === 0) return got ? 'offAnswered' : reply === 'shortlist' ? 'offListed' : 'none';
  if (got) return expect.includes(got) ? 'right' : 'misled';
  if (reply === 'shortlist') return passed ? 'listedRight' : 'listedWrong';
  return 'none';
}
