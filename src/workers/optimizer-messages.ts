// The optimizer worker's jobs (src/workers/optimizer-worker.ts), on the worker transport.
import type { ParameterEvaluation } from '../domain/scheduler/evaluate-parameters';
import type { SchedulerSettings } from '../domain/scheduler/types';
import type { JobSpec } from './transport/job-messages';

export type OptimizeResult = {
  /** Reviews trained on (scheduling reviews since each card's last reset). */
  reviewCount: number;
  /** Training items: reviews predicted from the history before them. */
  itemCount: number;
  /** The parameters in use now, as the scheduler resolves them; true when those are the defaults. */
  currentWeights: number[];
  isCurrentDefault: boolean;
  newWeights: number[];
  current: ParameterEvaluation;
  trained: ParameterEvaluation;
  trainingMs: number;
};

export type OptimizerEvent =
  | { type: 'phase'; phase: 'reading' | 'training' | 'evaluating' | 'rescheduling' }
  /**
   * Training runs synchronously in the worker, so it cannot post progress itself: a relay
   * worker reads fsrs-rs's counters and posts `{ done, total }` to this port until training
   * ends.
   */
  | { type: 'training'; progressPort: MessagePort }
  | { type: 'progress'; done: number; total: number };

export type OptimizerJobMap = {
  /** Trains on every scheduling review in the database and compares with `settings.weights`. */
  optimize: JobSpec<
    { settings: SchedulerSettings; threads: number },
    OptimizerEvent,
    OptimizeResult
  >;
  /** Rebuilds every reviewed card's schedule by replaying its reviews with `settings`. */
  reschedule: JobSpec<{ settings: SchedulerSettings }, OptimizerEvent, number>;
};
