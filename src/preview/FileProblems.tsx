import { formatProblem } from '../check/formatReport';
import type { Problem } from '../check/Problem';

/**
 * What the checker says that is about no one entry: the files, their settings, test
 * questions that expect no answer. Open by itself when there is an error.
 */
export function FileProblems({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.level === 'error').length;
  const warnings = problems.length - errors;
  return (
    <details open={errors > 0}>
      <summary>
        About the files: {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}
      </summary>
      <ul class="problems">
        {problems.map((problem, index) => (
          <li key={index} class={problem.level}>
            {formatProblem(problem)}
          </li>
        ))}
      </ul>
    </details>
  );
}
