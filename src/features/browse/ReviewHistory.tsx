import type { ReviewRow } from '../../domain/scheduler/types';
import { cardStateLabels, formatDateTime, modeLabels, ratingLabels } from './browse-labels';

type Props = { reviews: readonly ReviewRow[] };

function formatSeconds(ms: number): string {
  return ms <= 0 ? '–' : `${Math.round(ms / 1000)} s`;
}

/** Every rating, reset and practice answer of the card, newest first. */
export function ReviewHistory({ reviews }: Props) {
  const newestFirst = [...reviews].reverse();
  return (
    <section className="card-panel" aria-labelledby="card-history-title">
      <h2 id="card-history-title">Review history</h2>
      {newestFirst.length === 0 ? (
        <p>No reviews yet.</p>
      ) : (
        <table className="review-history">
          <caption className="meta">
            {reviews.length === 1 ? '1 review' : `${reviews.length} reviews`}, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Rating</th>
              <th scope="col">Mode</th>
              <th scope="col">State before</th>
              <th scope="col">Time taken</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((review) => (
              <tr key={review.id}>
                <td>{formatDateTime(review.reviewedAt)}</td>
                <td>{ratingLabels[review.rating]}</td>
                <td>{modeLabels[review.mode]}</td>
                <td>{cardStateLabels[review.state]}</td>
                <td>{formatSeconds(review.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
