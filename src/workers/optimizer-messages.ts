// What the page and the optimizer worker say to each other (src/workers/optimizer-worker.ts).
import type { ParameterEvaluation } from './evaluate-parameters';
import type { SchedulerSettings } from './types';

export type OptimizerCommand =
  /** Trains on every scheduling review in the database and compares with `settings.weights`. */
  | { type: 'optimize'; settings: SchedulerSettings; threads: number }
  /** Rebuilds every reviewed card's schedule by replaying its reviews with `settings`. */
  | { type: 'reschedule'; settings: SchedulerSettings };

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
   * worker reads fsrs-rs's counters and posts `{ done, total }` to this port (a MessagePort,
   * left untyped here because the domain knows no DOM types) until training ends.
   */
  | { type: 'training'; progressPort: unknown }
  | { type: 'progress'; done: number; total: number }
  | { type: 'optimized'; result: OptimizeResult }
  | { type: 'rescheduled'; cardCount: number }
  | { type: 'failed'; message: string };
