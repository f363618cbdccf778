import { computeDecayFactor, default_w, type FSRS, fsrs, migrateParameters } from 'ts-fsrs';
import type { SchedulerSettings } from './types';

/** New cards are followed over this many days: long enough for their first few reviews. */
export const workloadHorizonDays = 30;

const good = 3;

export type WorkloadSettings = Pick<
  SchedulerSettings,
  'weights' | 'newCardsPerDay' | 'learningSteps' | 'relearningSteps' | 'maximumIntervalDays'
>;

export type WorkloadInput = {
  /** Stability (days) of every active card that has been rated at least once. */
  stabilities: readonly number[];
  /** Active cards still new: what the daily new-card limit draws from. */
  newCardsLeft: number;
  retention: number;
  settings: WorkloadSettings;
};

export type Workload = {
  /** Average cards shown a day over the horizon, all kinds together. */
  perDay: number;
  /** From cards already studied. */
  fromStudied: number;
  /** From new cards learned during the horizon, their learning steps and first reviews. */
  fromNew: number;
  /** 'assumed' when there are no cards at all, so the new-card limit is assumed to be used daily. */
  basis: 'cards' | 'assumed';
};

/**
 * FSRS's interval for a desired retention, in days and unrounded:
 * I(S, r) = S * (r^(1/decay) - 1) / factor, so that I(S, 0.9) = S.
 */
export function computeIntervalDays(
  stability: number,
  retention: number,
  weights: readonly number[] | null,
): number {
  const { decay, factor } = computeDecayFactor(migrateParameters(weights ?? default_w));
  return (stability * (retention ** (1 / decay) - 1)) / factor;
}

/**
 * Expected cards a day at `retention`: each studied card comes back once per interval, and a
 * lapse (chance 1 - r) adds one showing per relearning step; on top of that the new cards of
 * the next month, with their learning steps and the reviews they earn within the month.
 */
export function estimateDailyWorkload(input: WorkloadInput): Workload {
  const { retention, settings } = input;
  const perReview = 1 + (1 - retention) * settings.relearningSteps.length;
  const studiedPerDay = countStudiedReviews(input) * perReview;
  const isEmpty = input.stabilities.length === 0 && input.newCardsLeft === 0;
  const newCardsLeft = isEmpty ? Number.POSITIVE_INFINITY : input.newCardsLeft;
  const reviewDays = simulateReviewDays(retention, settings);
  const learningShowings = Math.max(1, settings.learningSteps.length);
  let newShowings = 0;
  for (let day = 0; day < workloadHorizonDays; day += 1) {
    const learned = Math.max(
      0,
      Math.min(settings.newCardsPerDay, newCardsLeft - day * settings.newCardsPerDay),
    );
    const reviews = reviewDays.filter((offset) => offset < workloadHorizonDays - day).length;
    newShowings += learned * (learningShowings + reviews * perReview);
  }
  const fromNew = newShowings / workloadHorizonDays;
  return {
    perDay: studiedPerDay + fromNew,
    fromStudied: studiedPerDay,
    fromNew,
    basis: isEmpty ? 'assumed' : 'cards',
  };
}

function countStudiedReviews(input: WorkloadInput): number {
  const { decay, factor } = computeDecayFactor(
    migrateParameters(input.settings.weights ?? default_w),
  );
  // Per card only the stability varies, so the interval modifier is worked out once.
  const modifier = (input.retention ** (1 / decay) - 1) / factor;
  const maxInterval = input.settings.maximumIntervalDays;
  let total = 0;
  for (const stability of input.stabilities) {
    if (!(stability > 0)) continue;
    total += 1 / Math.min(maxInterval, Math.max(1, stability * modifier));
  }
  return total;
}

/** Days after learning at which a card rated Good every time comes back, within the horizon. */
function simulateReviewDays(retention: number, settings: WorkloadSettings): number[] {
  const engine: FSRS = fsrs({
    request_retention: retention,
    maximum_interval: settings.maximumIntervalDays,
    ...(settings.weights === null ? {} : { w: settings.weights }),
  });
  let difficulty = engine.init_difficulty(good);
  let stability = engine.init_stability(good);
  const days: number[] = [];
  let day = 0;
  for (;;) {
    day += Math.min(
      settings.maximumIntervalDays,
      Math.max(1, stability * engine.interval_modifier),
    );
    if (day >= workloadHorizonDays) return days;
    days.push(day);
    stability = engine.next_recall_stability(difficulty, stability, retention, good);
    difficulty = engine.next_difficulty(difficulty, good);
  }
}
