import type { Explained } from '../search/FaqIndex';

/** A question asked in the chat, and how the best entries matched it. */
export interface Why {
  question: string;
  matches: Explained[];
}

/** The best matching entries for the chat's last question, with their confidence and the words that matched; `id` names its heading. */
export function WhyThisAnswer({ why, id }: { why: Why | null; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Why this answer</h2>
      {why ? (
        <table>
          <caption>Best matches for “{why.question}”. An answer needs a confidence of 0.4 or more.</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Confidence</th>
              <th scope="col">Matched terms</th>
            </tr>
          </thead>
          <tbody>
            {why.matches.map((match) => (
              <tr key={match.id}>
                <td>
                  {match.question} <code>{match.id}</code>
                </td>
                <td>{match.score.toFixed(2)}</td>
                <td>{match.terms.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Ask the chat a question to see how each entry matched.</p>
      )}
    </section>
  );
}
