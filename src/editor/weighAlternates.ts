// Whether an accepted visitor question goes into the FAQ as an alternate. An alternate lends
// its entry confidence on every question that shares its words, not only on its own: on
// StackFAQ, one round of the editors' loop that wrote every accepted question raised wrong
// answers on questions it had not seen from 0.021 to 0.032. So each is weighed first on the
// locale's test questions, the accepted ones among them: it is written only if the chat
// then does better by them, in the weights the reply model is fitted to (outcomeWeights.ts).
// Weighed that way, 57 of 98 were written, shown on the unseen questions rose as much (0.845
// → 0.897), and wrong answers did not rise (0.021 → 0.021) (README, "How the chat decides
// what to show").
import type { Entry } from '../data/format';
import type { Phrases } from '../search/smallTalk';
import type { FaqFolder, TestQuestion } from './faqFolder';
import { normalize } from './groupQuestions';
import { worthOf } from './outcomeWeights';
import type { Decision } from './reviewFile';
import { runTests, type TestResult } from './runTests';

/** An accepted question that is not written as an alternate, and the test questions it would cost. */
export interface Refused {
  decision: Decision;
  /** Test questions the chat would do worse by, with what it would do. */
  worse: TestResult[];
}

/**
 * Of the alternates accepted for one locale (in order), those that make the chat better on
 * `tests`, each weighed with those kept before it; and the others, with what they would cost.
 */
export async function weighAlternates(
  entries: Entry[],
  locale: string,
  tests: TestQuestion[],
  alternates: Decision[],
  says: Phrases,
): Promise<{ kept: Decision[]; refused: Refused[] }> {
  let current = entries;
  let results = await runTests(current, locale, tests, says);
  const kept: Decision[] = [];
  const refused: Refused[] = [];
  for (const decision of alternates) {
    const trial = current.map((entry) =>
      entry.id === decision.entry ? { ...entry, alternates: [...(entry.alternates ?? []), decision.question] } : entry,
    );
    const tried = await runTests(trial, locale, tests, says);
    if (worthOf(tried) > worthOf(results)) {
      kept.push(decision);
      [current, results] = [trial, tried];
    } else {
      refused.push({ decision, worse: tried.filter((result, at) => worthOf([result]) < worthOf([results[at]])) });
    }
  }
  return { kept, refused };
}

/**
 * The decisions of a review file that may be written: each accepted alternate weighed on its
 * locale's test questions and the questions accepted with it; other decisions as they are.
 */
export async function weighReview(folder: FaqFolder, decisions: Decision[]): Promise<{ kept: Decision[]; refused: Refused[] }> {
  const refused: Refused[] = [];
  const locales = new Set(decisions.filter(isAlternate).map(({ locale }) => locale));
  for (const locale of [...locales].filter((each) => folder.locales.includes(each))) {
    const has = new Set(folder.entries(locale).map(({ id }) => id));
    const alternates = decisions.filter((decision) => isAlternate(decision) && decision.locale === locale && has.has(decision.entry));
    const known = folder.tests(locale);
    const asked = new Set(known.map(({ q }) => normalize(q)));
    const tests = [
      ...known,
      ...alternates
        .filter(({ question }) => !asked.has(normalize(question)))
        .map(({ question, entry }) => ({ q: question, expect: [entry] })),
    ];
    refused.push(...(await weighAlternates(folder.entries(locale), locale, tests, alternates, folder.says(locale))).refused);
  }
  const out = new Set(refused.map(({ decision }) => decision));
  return { kept: decisions.filter((decision) => !out.has(decision)), refused };
}

// An alternate with its entry named; one the locale lacks is left to applyReview, which
// reports it.
const isAlternate = (decision: Decision) => decision.action === 'alternate' && decision.entry !== '';
