import { useId } from 'react';
import { describeDisabledReason } from './optimizer-text';
import { useSchedulingReviewCount } from './use-scheduling-review-count';
import { useWarmOptimizer } from './use-warm-optimizer';

/**
 * Where the optimizer runs: its own page, the one the browser isolates (see README). `#start`
 * (not a query, which the service worker's precache would not match offline) starts training.
 */
export const optimizerPageUrl = '/optimizer.html';

type Props = {
  /** Leaves the app for the optimizer's page; tests watch it instead. */
  openOptimizer?: (url: string) => void;
};

/**
 * Settings' part of the optimizer: what it does, whether there are enough reviews, and the
 * way to its page. Opening Settings online also caches the optimizer's files for offline use.
 */
export function OptimizerSection({ openOptimizer = leaveFor }: Props) {
  const headingId = useId();
  const reasonId = useId();
  const reviewCount = useSchedulingReviewCount();
  useWarmOptimizer();
  // Isolation is the optimizer page's to check: this page is never isolated.
  const reason = describeDisabledReason(reviewCount, true);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Optimize parameters</h2>
      <p className="meta">
        FSRS predicts when you will forget a card from a few parameters. Optimize fits them to your
        own review history, in this browser, on a page of its own, and shows how well the current
        and the new ones predict your reviews before you choose to apply them.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={reason !== null}
          aria-describedby={reason === null ? undefined : reasonId}
          onClick={() => openOptimizer(`${optimizerPageUrl}#start`)}
        >
          Optimize
        </button>
      </div>
      {reason !== null && (
        <p id={reasonId} className="meta">
          {reason}
        </p>
      )}
    </section>
  );
}

function leaveFor(url: string): void {
  window.location.assign(url);
}
