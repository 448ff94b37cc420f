import type { Proposal } from '../editor/proposeChanges';

/** The visitors' questions that no entry covers: each may need a new entry. */
export function Uncovered({ proposals, onReject }: { proposals: Proposal[]; onReject(proposal: Proposal): void }) {
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="uncovered-title">
      <h3 id="uncovered-title">Visitors' questions that no entry covers</h3>
      <p>Each may need a new entry: add one above, with the question as another way to ask. Or set it aside.</p>
      <ul>
        {proposals.map((proposal) => (
          <li key={`${proposal.group.locale} ${proposal.group.question}`} lang={proposal.group.locale}>
            “{proposal.group.question}” ({proposal.group.count === 1 ? 'once' : `${proposal.group.count} times`}){' '}
            <button type="button" onClick={() => onReject(proposal)}>
              Set aside
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
