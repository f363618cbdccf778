import type { CardDetail } from '../../data/handlers/browse';
import { isRated, readRetrievability } from '../../domain/browse/browse-filter';
import { cardStateLabels, formatDateTime, formatDue, formatPercent } from './browse-labels';

type Props = { detail: CardDetail; now: number; weights: readonly number[] | null };

/** Where the card stands: state, due date, and FSRS stability, difficulty and retrievability. */
export function CardMemory({ detail, now, weights }: Props) {
  const { card, schedule } = detail;
  const isSuspended = card.status === 'suspended';
  const stateText = `${schedule === null ? 'New' : cardStateLabels[schedule.state]}${isSuspended ? ' (suspended)' : ''}`;
  const isBuried = schedule?.buriedUntil != null && schedule.buriedUntil > now;
  const retrievability = readRetrievability(schedule, now, weights);

  return (
    <section className="card-panel" aria-labelledby="card-memory-title">
      <h2 id="card-memory-title">Memory</h2>
      <dl className="memory-figures">
        <dt>State</dt>
        <dd>{card.status === 'removed' ? 'Removed from its deck' : stateText}</dd>
        {isBuried && schedule?.buriedUntil != null && (
          <>
            <dt>Buried until</dt>
            <dd>{formatDateTime(schedule.buriedUntil)}</dd>
          </>
        )}
        {isRated(schedule) ? (
          <>
            <dt>Due</dt>
            <dd>
              {formatDateTime(schedule.due)} ({formatDue(schedule.due, now)})
            </dd>
            <dt>Stability</dt>
            <dd>{schedule.stability.toFixed(1)} days</dd>
            <dt>Difficulty</dt>
            <dd>{schedule.difficulty.toFixed(1)} of 10</dd>
            <dt>Retrievability</dt>
            <dd>{retrievability === null ? '–' : formatPercent(retrievability)}</dd>
            <dt>Reviews</dt>
            <dd>{schedule.reps}</dd>
            <dt>Lapses</dt>
            <dd>{schedule.lapses}</dd>
          </>
        ) : (
          <>
            <dt>Stability, difficulty, retrievability</dt>
            <dd>None yet: they start with the first rating.</dd>
          </>
        )}
      </dl>
    </section>
  );
}
