import type { FSRS, FSRSState } from 'ts-fsrs';
import { getEngine } from './engine';
import { countElapsedDays, type ReviewHistory } from './optimizer-input';
import type { SchedulerSettings } from './types';

/** How well a set of FSRS parameters predicted the user's own recall. Lower is better. */
export type ParameterEvaluation = {
  /** Mean binary cross-entropy of "recalled" (rating above Again). */
  logLoss: number;
  /** fsrs-rs's RMSE (bins): predictions in 20 bins, mean predicted vs observed recall per bin. */
  rmseBins: number;
  /** How many reviews were predicted. */
  predictions: number;
};

export type Prediction = { recall: number; isRecalled: boolean };

// Keeps a confident miss finite, as any log loss must; far below any real prediction's error.
const minProbability = 1e-7;
const binCount = 20;

/**
 * The parameters the scheduler really uses with these settings (weights null: ts-fsrs's
 * defaults), after ts-fsrs migrates older parameter lists and clamps each value to its range.
 */
export function resolveWeights(settings: SchedulerSettings): number[] {
  return [...getEngine(settings).fsrs.parameters.w];
}

/**
 * Replays each history with the settings' weights (FSRS's memory model, through the
 * scheduler's own ts-fsrs instance) and
 * predicts recall before every review that comes at least a day after the previous one: the
 * first review of a card has nothing to predict from, and same-day reviews are predicted as
 * certain by FSRS, so fsrs-rs leaves both out of training and evaluation alike.
 */
export function evaluateParameters(
  histories: readonly ReviewHistory[],
  settings: SchedulerSettings,
): ParameterEvaluation {
  const model = getEngine(settings).fsrs;
  const predictions = histories.flatMap((history) => predictHistory(history, model));
  return {
    logLoss: computeLogLoss(predictions),
    rmseBins: computeRmseBins(predictions),
    predictions: predictions.length,
  };
}

function predictHistory(history: ReviewHistory, model: FSRS): Prediction[] {
  const predictions: Prediction[] = [];
  let state: FSRSState | null = null;
  history.ratings.forEach((rating, i) => {
    const previous = history.times[i - 1];
    const days = previous === undefined ? 0 : countElapsedDays(previous, history.times[i] ?? 0);
    if (state !== null && days > 0) {
      predictions.push({
        recall: model.forgetting_curve(days, state.stability),
        isRecalled: rating > 1,
      });
    }
    state = model.next_state(state, days, rating);
  });
  return predictions;
}

export function computeLogLoss(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  let sum = 0;
  for (const { recall, isRecalled } of predictions) {
    const p = Math.min(1 - minProbability, Math.max(minProbability, recall));
    sum -= isRecalled ? Math.log(p) : Math.log(1 - p);
  }
  return sum / predictions.length;
}

/** fsrs-rs's bins: finer towards high recall, where most predictions fall. */
export function findBin(recall: number): number {
  const bin = Math.floor(Math.exp(recall * Math.log(binCount + 1))) - 1;
  return Math.min(binCount - 1, Math.max(0, bin));
}

/** Root of the count-weighted mean squared gap between predicted and observed recall per bin. */
export function computeRmseBins(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  const bins = new Map<number, { predicted: number; observed: number; count: number }>();
  for (const { recall, isRecalled } of predictions) {
    const bin = findBin(recall);
    const totals = bins.get(bin) ?? { predicted: 0, observed: 0, count: 0 };
    totals.predicted += recall;
    totals.observed += isRecalled ? 1 : 0;
    totals.count += 1;
    bins.set(bin, totals);
  }
  let sum = 0;
  for (const { predicted, observed, count } of bins.values()) {
    sum += ((predicted - observed) / count) ** 2 * count;
  }
  return Math.sqrt(sum / predictions.length);
}
