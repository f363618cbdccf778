import { useEffect, useId, useRef } from 'react';
import { useSchedulerSettings } from '../../../data/services/use-scheduler-settings';
import { OptimizerProgressBar } from './OptimizerProgressBar';
import { OptimizerResult } from './OptimizerResult';
import { describeDisabledReason } from './optimizer-text';
import { type OptimizerJobs, useOptimizer, workerJobs } from './use-optimizer';
import { useSchedulingReviewCount } from './use-scheduling-review-count';
import './optimizer.css';

type Props = {
  /** Starts training as soon as it can: the user clicked Optimize in Settings to come here. */
  startAtOnce?: boolean;
  onStarted?: () => void;
  /** Tests pass fakes; the app runs the optimizer worker. */
  jobs?: OptimizerJobs;
};

/** Trains FSRS parameters on the user's reviews, compares them, and applies them on request. */
export function OptimizerPanel({ startAtOnce = false, onStarted, jobs = workerJobs }: Props) {
  const reasonId = useId();
  const settings = useSchedulerSettings();
  const reviewCount = useSchedulingReviewCount();
  const isIsolated = globalThis.crossOriginIsolated === true;
  const { state, optimize, apply, reschedule, cancel } = useOptimizer(jobs);
  const reason = describeDisabledReason(reviewCount, isIsolated);
  const isRunning = state.progress !== null;
  const canStart = reason === null && !isRunning && settings !== undefined;

  const hasAutoStarted = useRef(false);
  useEffect(() => {
    if (!startAtOnce || hasAutoStarted.current || settings === undefined) return;
    if (reviewCount === undefined) return;
    hasAutoStarted.current = true;
    onStarted?.();
    if (reason === null) void optimize(settings);
  }, [startAtOnce, settings, reviewCount, reason, optimize, onStarted]);

  return (
    <div className="optimizer">
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!canStart}
          aria-describedby={reason === null ? undefined : reasonId}
          onClick={() => settings && void optimize(settings)}
        >
          Optimize
        </button>
      </div>
      {reason !== null && (
        <p id={reasonId} className="meta">
          {reason}
        </p>
      )}
      {state.progress !== null && (
        <OptimizerProgressBar progress={state.progress} onCancel={cancel} />
      )}
      {state.result !== null && settings !== undefined && (
        <OptimizerResult
          result={state.result}
          isApplied={state.isApplied}
          isBusy={isRunning}
          onApply={() => state.result && void apply(state.result.newWeights)}
          onReschedule={() =>
            state.result && void reschedule({ ...settings, weights: state.result.newWeights })
          }
        />
      )}
      <div role="status" className="optimizer-status">
        {state.message}
      </div>
      {state.error !== null && (
        <p role="alert" className="optimizer-error">
          {state.error}
        </p>
      )}
    </div>
  );
}
