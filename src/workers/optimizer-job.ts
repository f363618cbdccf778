import { evaluateParameters, resolveWeights } from '../domain/scheduler/evaluate-parameters';
import {
  collectHistories,
  countHistoryReviews,
  toTrainingSet,
} from '../domain/scheduler/optimizer-input';
import type { SchedulerSettings } from '../domain/scheduler/types';
import type { DrillbookDb } from '../storage/db';
import { listOptimizerReviews, rescheduleCards } from '../storage/optimizer-repo';
import type { OptimizeResult, OptimizerEvent } from './optimizer-messages';
import { trainParameters } from './optimizer-training';

type Send = (event: OptimizerEvent, transfer?: Transferable[]) => void;

/** Reads the history, trains, and scores the current and the new parameters on that history. */
export async function runOptimize(
  db: DrillbookDb,
  settings: SchedulerSettings,
  threads: number,
  send: Send,
): Promise<OptimizeResult> {
  send({ type: 'phase', phase: 'reading' });
  const reviews = await listOptimizerReviews(db, {
    onProgress: (done, total) => send({ type: 'progress', done, total }),
  });
  const histories = collectHistories(reviews);
  const set = toTrainingSet(histories);
  send({ type: 'phase', phase: 'training' });
  const began = performance.now();
  const trained = await trainParameters(set, threads, {
    onStart: (port) => send({ type: 'training', progressPort: port }, [port]),
  });
  const trainingMs = Math.round(performance.now() - began);
  send({ type: 'phase', phase: 'evaluating' });
  const newSettings = { ...settings, weights: trained };
  return {
    reviewCount: countHistoryReviews(histories),
    itemCount: set.lengths.length,
    currentWeights: resolveWeights(settings),
    isCurrentDefault: settings.weights === null,
    newWeights: resolveWeights(newSettings),
    current: evaluateParameters(histories, settings),
    trained: evaluateParameters(histories, newSettings),
    trainingMs,
  };
}

export async function runReschedule(
  db: DrillbookDb,
  settings: SchedulerSettings,
  send: Send,
): Promise<number> {
  send({ type: 'phase', phase: 'rescheduling' });
  return rescheduleCards(db, settings, {
    onProgress: (done, total) => send({ type: 'progress', done, total }),
  });
}
