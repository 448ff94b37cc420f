import type { Proposal } from '../editor/proposeChanges';

/** A question visitors asked that is near this entry, with what the editor can do with it. */
export function VisitorQuestion({
  proposal,
  onAccept,
  onReject,
}: {
  proposal: Proposal;
  onAccept(proposal: Proposal, action: 'alternate' | 'test'): void;
  onReject(proposal: Proposal): void;
}) {
  const { group, action, nearest } = proposal;
  const score = nearest.find((near) => near.id === proposal.entry)?.score ?? 0;
  const times = group.count === 1 ? 'once' : `${group.count} times`;
  const similar = group.variants.length ? `, and ${group.variants.length} similar` : '';
  return (
    <section class="note proposal" aria-label={`Visitors asked: ${group.question}`}>
      <p>
        Visitors asked “{group.question}” ({times}
        {similar}).{' '}
        {action === 'test'
          ? 'The chat answers it with this entry: keep it as a test question, so that the check tells you if it ever stops.'
          : `The chat does not answer it yet, and this entry is the nearest (confidence ${score.toFixed(2)}; an answer needs 0.4).`}
      </p>
      {action === 'alternate' ? (
        <button type="button" onClick={() => onAccept(proposal, 'alternate')}>
          Add as another way to ask
        </button>
      ) : (
        <button type="button" onClick={() => onAccept(proposal, 'test')}>
          Keep as a test question
        </button>
      )}{' '}
      <button type="button" onClick={() => onReject(proposal)}>
        Not for this entry
      </button>
    </section>
  );
}
