import type { ReviewMode, SchedulerSettings } from '../../../../src/domain/scheduler/types';
import type { OptimizerJobs } from '../../../../src/features/settings/optimizer/use-optimizer';
import type { DrillbookDb } from '../../../../src/storage/db';
import type {
  OptimizerJob,
  OptimizerProgress,
} from '../../../../src/workers/clients/optimizer-client';
import type { OptimizeResult } from '../../../../src/workers/optimizer-messages';
import { JobCancelledError } from '../../../../src/workers/transport/job-messages';
import { DAY, makeReview, NOW } from '../../../storage/test-db';

/** `count` reviews of one card, a day apart, in the given mode. */
export async function addReviews(
  db: DrillbookDb,
  count: number,
  mode: ReviewMode = 'review',
): Promise<void> {
  const card = { cardId: 'alpha/what-is-topic-1', deckId: 'alpha' };
  const rows = Array.from({ length: count }, (_, i) => ({
    ...makeReview(null, card, NOW - (count - i) * DAY),
    mode,
  }));
  await db.reviews.bulkAdd(rows);
}

export const trainedWeights = Array.from({ length: 21 }, (_, i) => 0.1 + i / 10);

export const optimizeResult: OptimizeResult = {
  reviewCount: 400,
  itemCount: 350,
  currentWeights: [],
  isCurrentDefault: true,
  newWeights: trainedWeights,
  current: { logLoss: 0.48113, rmseBins: 0.0538, predictions: 350 },
  trained: { logLoss: 0.46875, rmseBins: 0.01234, predictions: 350 },
  trainingMs: 1234,
};

type Run<T> = {
  settings: SchedulerSettings;
  onProgress: (progress: OptimizerProgress) => void;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
};

function startFake<T>(runs: Run<T>[]) {
  return (
    settings: SchedulerSettings,
    onProgress: (progress: OptimizerProgress) => void,
  ): OptimizerJob<T> => {
    let settle: Pick<Run<T>, 'resolve' | 'reject'> = { resolve: () => {}, reject: () => {} };
    const done = new Promise<T>((resolve, reject) => {
      settle = { resolve, reject };
    });
    runs.push({ settings, onProgress, ...settle });
    return { done, cancel: () => settle.reject(new JobCancelledError()) };
  };
}

/** Jobs the test finishes by hand, recording what each was started with. */
export function createFakeJobs() {
  const optimizeRuns: Run<OptimizeResult>[] = [];
  const rescheduleRuns: Run<number>[] = [];
  const jobs: OptimizerJobs = {
    optimize: startFake(optimizeRuns),
    reschedule: startFake(rescheduleRuns),
  };
  return { jobs, optimizeRuns, rescheduleRuns };
}
