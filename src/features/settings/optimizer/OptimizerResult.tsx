import { useId } from 'react';
import type { OptimizeResult } from '../../../workers/optimizer-messages';
import { formatLogLoss, formatRmse, formatWeights } from './optimizer-text';

type Props = {
  result: OptimizeResult;
  isApplied: boolean;
  isBusy: boolean;
  onApply: () => void;
  onReschedule: () => void;
};

/** Current against new parameters on the user's history; Apply, then optionally Reschedule. */
export function OptimizerResult({ result, isApplied, isBusy, onApply, onReschedule }: Props) {
  const rescheduleNoteId = useId();
  const { current, trained } = result;
  const isBetter = trained.logLoss <= current.logLoss;
  return (
    <div className="optimizer-result">
      <table className="optimizer-table">
        <caption>
          How well each set of parameters predicts your {result.reviewCount} reviews (
          {trained.predictions} predictions; lower is better)
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameters</th>
            <th scope="col">Log loss</th>
            <th scope="col">RMSE (bins)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{result.isCurrentDefault ? 'Current (FSRS defaults)' : 'Current'}</th>
            <td>{formatLogLoss(current.logLoss)}</td>
            <td>{formatRmse(current.rmseBins)}</td>
          </tr>
          <tr>
            <th scope="row">New</th>
            <td>{formatLogLoss(trained.logLoss)}</td>
            <td>{formatRmse(trained.rmseBins)}</td>
          </tr>
        </tbody>
      </table>
      {!isBetter && (
        <p className="meta">
          The new parameters predict your history no better than the current ones: keeping the
          current ones is the safer choice.
        </p>
      )}
      <details className="optimizer-weights">
        <summary>The {result.newWeights.length} new parameters</summary>
        <code>{formatWeights(result.newWeights)}</code>
      </details>
      <div className="actions">
        <button type="button" className="primary" disabled={isApplied || isBusy} onClick={onApply}>
          Apply parameters
        </button>
        {isApplied && (
          <button
            type="button"
            disabled={isBusy}
            aria-describedby={rescheduleNoteId}
            onClick={onReschedule}
          >
            Reschedule existing cards
          </button>
        )}
      </div>
      {isApplied && (
        <p id={rescheduleNoteId} className="meta">
          Rescheduling recomputes every reviewed card&apos;s next date from its history with the new
          parameters. Without it, each card moves to them at its next review.
        </p>
      )}
    </div>
  );
}
