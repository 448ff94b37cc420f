// Visitors' questions, from an export of the site's analytics, as faq:misses reads and
// proposes them, for the editing page to show on each entry with accept and reject.
import type { Problem } from '../check/Problem';
import { applyReview } from '../editor/applyReview';
import { decodeText } from '../editor/csv';
import { groupQuestions, normalize } from '../editor/groupQuestions';
import { localeGuesser } from '../editor/guessLocale';
import { type Proposal, proposeChanges } from '../editor/proposeChanges';
import { visitorQuestions } from '../editor/visitorQuestions';
import { weighReview } from '../editor/weighAlternates';
import type { Files } from './folderEdits';
import { memoryFolder } from './memoryFolder';

/** The proposals for an export, the most asked first, or what is wrong with the file. */
export async function visitorProposals(
  name: string,
  bytes: Uint8Array,
  files: Files,
  locales: string[],
  defaultLocale: string,
): Promise<{ proposals: Proposal[]; problems: Problem[] }> {
  const folder = memoryFolder(files, locales, defaultLocale);
  const { questions, problems } = visitorQuestions(name, decodeText(name, bytes), locales);
  if (problems.some((problem) => problem.level === 'error')) return { proposals: [], problems };
  const guess = await localeGuesser(folder);
  for (const question of questions) question.locale ||= guess(question.question);
  const groups = groupQuestions(questions);
  const proposals: Proposal[] = [];
  for (const locale of locales) {
    const mine = groups.filter((group) => group.locale === locale);
    if (mine.length) proposals.push(...(await proposeChanges(mine, folder.entries(locale), locale, folder.tests(locale))).proposals);
  }
  return { proposals: proposals.sort((a, b) => b.group.count - a.group.count), problems };
}

/**
 * The folder with a visitor's question accepted as faq:misses --apply writes it: as an
 * alternate of the entry and a test question ('alternate'), or as a test question alone
 * ('test'). An alternate that would make the chat do worse by the test questions is not
 * written, and the problem says which of them it would cost (weighAlternates.ts).
 */
export async function acceptProposal(
  files: Files,
  locales: string[],
  defaultLocale: string,
  proposal: Proposal,
  action: 'alternate' | 'test',
): Promise<{ files: Files; problems: Problem[] }> {
  const decision = { row: 1, action, entry: proposal.entry, locale: proposal.group.locale, question: proposal.group.question };
  const folder = memoryFolder(files, locales, defaultLocale);
  const [refused] = (await weighReview(folder, [decision])).refused;
  if (refused) {
    const costs = refused.worse.map(({ test, got }) => `"${test.q}" would get ${got ?? 'no answer'}`).join('; ');
    const message =
      `"${decision.question}" is not added as an alternate of ${decision.entry}: ` +
      `${costs ? `the chat would do worse by your test questions (${costs}).` : 'it changes nothing your test questions get.'} ` +
      'Add it as a test question, or reword the entry.';
    return { files, problems: [{ level: 'warning', file: `${decision.locale}.json`, message }] };
  }
  const applied = applyReview(folder, 'the page', [decision]);
  const next = new Map(files);
  for (const [name, text] of applied.files) next.set(name, text);
  return { files: next, problems: applied.problems };
}

/** Whether the folder has the question already, as an entry's question or alternate or a test question. */
export function isKnown(files: Files, locales: string[], defaultLocale: string, proposal: Proposal): boolean {
  const folder = memoryFolder(files, locales, defaultLocale);
  const { locale, question } = proposal.group;
  const known = [
    ...folder.tests(locale).map((test) => test.q),
    ...folder.entries(locale).flatMap((entry) => [entry.question, ...(entry.alternates ?? [])]),
  ];
  return known.some((text) => normalize(text) === normalize(question));
}
