import type { ReviewCounts } from '../../data/review-session/review-session';

/** What is left today, as Anki shows it: new, learning, review. */
export function QueueCounts({ counts }: { counts: ReviewCounts }) {
  const total = counts.new + counts.learning + counts.review;
  return (
    <p className="meta queue-counts">
      {total} left today: {counts.new} new, {counts.learning} learning, {counts.review} to review
    </p>
  );
}
