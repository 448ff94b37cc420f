// `npm run faq:misses -- <export.csv> [--data <faq-data folder>] [--locale <locale>] [--out <review.csv>]`:
// reads the questions visitors asked (exported from the site's analytics; those without a
// locale are read in --locale, or in the language they match best), groups those that
// differ only a little, and shows what the widget answers today with a proposal for
// each: add it as an alternate of an entry, as a test question, or write a new entry. It
// writes them into a review file for the editor to mark.
//
// `npm run faq:misses -- --apply <review.csv> [--data <faq-data folder>]`: adds the accepted
// questions as alternates and test questions, each alternate only if the chat then does
// better by the test questions (src/editor/weighAlternates.ts), and shows the test
// questions before and after, and what was not written and why.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FolderError } from '../src/check/folderFiles';
import { formatProblem } from '../src/check/formatReport';
import { readArgs } from '../src/editor/args';
import { decodeText, EncodingError } from '../src/editor/csv';
import { openFolder, type FaqFolder } from '../src/editor/faqFolder';
import { applyReview } from '../src/editor/applyReview';
import { groupQuestions } from '../src/editor/groupQuestions';
import { localeGuesser } from '../src/editor/guessLocale';
import { proposeChanges, type Proposal } from '../src/editor/proposeChanges';
import { readReview, reviewCsv } from '../src/editor/reviewFile';
import { runTests } from '../src/editor/runTests';
import { weighReview } from '../src/editor/weighAlternates';
import { visitorQuestions } from '../src/editor/visitorQuestions';

const { positional, option } = readArgs(process.argv.slice(2), ['data', 'locale', 'out', 'apply']);
const review = option('apply');
try {
  const folder = openFolder(option('data') ?? 'faq-data');
  if (review) await apply(folder, review);
  else if (positional[0]) await propose(folder, positional[0]);
  else {
    console.error(
      "Name the export of visitors' questions: npm run faq:misses -- questions.csv\n" +
        'or the review file to apply: npm run faq:misses -- --apply faq-review.csv',
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (error instanceof EncodingError) console.error(error.message);
  else if (error instanceof FolderError) console.error(`faq:misses: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}

async function propose(folder: FaqFolder, file: string) {
  const { questions, problems } = visitorQuestions(file, decodeText(file, readFileSync(file)), folder.locales);
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.some((problem) => problem.level === 'error')) return void (process.exitCode = 1);
  const given = option('locale');
  if (given && !folder.locales.includes(given)) {
    console.error(`--locale ${given}: not a language of the FAQ (${folder.locales.join(', ')}).`);
    return void (process.exitCode = 1);
  }
  const guess = given ? () => given : await localeGuesser(folder);
  for (const question of questions) question.locale ||= guess(question.question);
  const groups = groupQuestions(questions);
  const proposals: Proposal[] = [];
  let known = 0;
  for (const locale of folder.locales) {
    const mine = groups.filter((group) => group.locale === locale);
    if (mine.length === 0) continue;
    const result = await proposeChanges(mine, folder.entries(locale), locale, folder.tests(locale));
    proposals.push(...result.proposals);
    known += result.known.length;
  }
  proposals.sort((a, b) => b.group.count - a.group.count);
  for (const { group, action, entry, answer, nearest } of proposals) {
    const similar = group.variants.length ? ` (and ${group.variants.length} similar)` : '';
    console.log(`\n${group.count}× "${group.question}"${similar} [${group.locale}]`);
    console.log(`  today:    ${answer ? `answers with ${answer}` : 'no answer'}`);
    console.log(`  nearest:  ${nearest.map(({ id, score }) => `${id} ${score.toFixed(2)}`).join(', ') || 'none'}`);
    const says = {
      alternate: `add as an alternate of ${entry}`,
      test: `add as a test question (answered by ${entry})`,
      'new entry': 'no entry covers this: a new entry?',
    };
    console.log(`  proposal: ${says[action]}`);
  }
  const count = (action: Proposal['action'], one: string, many = `${one}s`) => {
    const number = proposals.filter((proposal) => proposal.action === action).length;
    return `${number} ${number === 1 ? one : many}`;
  };
  const out = option('out') ?? 'faq-review.csv';
  const questionsOf = new Map(
    folder.locales.map((locale) => [locale, new Map(folder.entries(locale).map((entry) => [entry.id, entry.question]))]),
  );
  writeFileSync(
    out,
    reviewCsv(proposals, (locale, id) => questionsOf.get(locale)?.get(id)),
  );
  console.log(`\n${questions.length} questions in ${groups.length} groups; ${known} already in the FAQ.`);
  console.log(
    `Proposals: ${count('alternate', 'alternate')}, ${count('test', 'test question')}, ${count('new entry', 'new entry', 'new entries')}.`,
  );
  console.log(
    `Open ${out}, write "yes" in the accept column of each row you agree with (change the action or the entry if you like), then run:\n` +
      `  npm run faq:misses -- --apply ${out}`,
  );
}

async function apply(folder: FaqFolder, file: string) {
  const { decisions, problems } = readReview(file, decodeText(file, readFileSync(file)));
  const { kept, refused } = await weighReview(folder, decisions);
  const applied = applyReview(folder, file, kept);
  for (const problem of [...problems, ...applied.problems]) console.log(formatProblem(problem));
  if (problems.length || applied.problems.length) {
    console.log('\nNothing was written. Correct the review file and apply it again.');
    return void (process.exitCode = 1);
  }
  const locales = [...new Set(applied.added.map((decision) => decision.locale))];
  const questions = applied.added.map((decision) => decision.question);
  const before = { tests: await testResults(folder, locales), answers: await answers(folder, locales, questions) };
  for (const [name, text] of applied.files) folder.write(name, text);
  const after = { tests: await testResults(folder, locales), answers: await answers(folder, locales, questions) };

  if (applied.added.length) console.log('The accepted questions, before and after:');
  for (const { locale, question, action, entry } of applied.added) {
    const [was, now] = [before, after].map((results) => results.answers.get(`${locale} ${question}`) ?? 'no answer');
    const right = now === (entry || 'no answer');
    console.log(
      `  [${locale}] "${question}": ${was} → ${now} ${right ? '(as expected)' : '(not yet as expected)'}` +
        `${action === 'alternate' ? `, now an alternate of ${entry}` : ''}`,
    );
  }
  if (locales.length) console.log('\nTest questions answered as expected, before and after:');
  for (const locale of locales) {
    const passed = (results: typeof before) =>
      `${results.tests.get(locale)!.filter((result) => result.passed).length} of ${results.tests.get(locale)!.length}`;
    console.log(`  ${locale.padEnd(8)} ${passed(before)} → ${passed(after)}`);
  }
  if (refused.length) console.log('\nNot written: as alternates, these would make the chat do worse by the test questions.');
  for (const { decision, worse } of refused) {
    console.log(`  [${decision.locale}] "${decision.question}", as an alternate of ${decision.entry}`);
    for (const { test, got } of worse)
      console.log(`      "${test.q}" would get ${got ?? 'no answer'}, expected ${test.expect.join(' or ') || 'no answer'}`);
    if (!worse.length) console.log('      it changes nothing the test questions get');
  }
  if (applied.waiting.length) {
    console.log('\nNo entry answers these yet. Write a new entry for them, and add them to its alternates:');
    for (const { locale, question } of applied.waiting) console.log(`  [${locale}] "${question}"`);
  }
  const changed = [...applied.files.keys()].map((name) => join(folder.path, name));
  console.log(
    changed.length
      ? `\nChanged ${changed.join(', ')}. Run "npm run faq:check" to check everything.`
      : '\nNo row is marked "yes" in the accept column: nothing changed.',
  );
}

// The test questions of each locale asked of its entries, as the files are now.
async function testResults(faq: FaqFolder, locales: string[]) {
  return new Map(
    await Promise.all(
      locales.map(async (locale) => [locale, await runTests(faq.entries(locale), locale, faq.tests(locale), faq.says(locale))] as const),
    ),
  );
}

// What the widget answers to each question, by "locale question", as the files are now.
async function answers(faq: FaqFolder, locales: string[], questions: string[]) {
  const answered = new Map<string, string>();
  for (const locale of locales) {
    for (const { test, got } of await runTests(
      faq.entries(locale),
      locale,
      questions.map((q) => ({ q, expect: [] })),
      faq.says(locale),
    )) {
      if (got) answered.set(`${locale} ${test.q}`, got);
    }
  }
  return answered;
}
