import fc from 'fast-check';
import { rateCard } from '../../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type {
  Rating,
  ReviewMode,
  ReviewRow,
  ScheduleRow,
  SchedulerSettings,
} from '../../../src/domain/scheduler/types';

export const start = Date.UTC(2026, 10, 23, 9);
export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

export const noFuzz: SchedulerSettings = { ...defaultSchedulerSettings, isFuzzEnabled: false };

/** Trained-looking weights whose first-rating stabilities are out of order (Hard above Good). */
export const unorderedWeights = [
  0.212, 2.9, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
  0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

export const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4);

/** Minutes apart (learning steps) or days apart (reviews), in the same run. */
export const gapArb = fc.oneof(
  fc.integer({ min: 0, max: 30 * minute }),
  fc.integer({ min: 0, max: 120 * day }),
);

/** Default settings, and unusual ones (odd steps, trained weights) that stress the wrapper. */
export const settingsArb: fc.Arbitrary<SchedulerSettings> = fc.record({
  desiredRetention: fc.constantFrom(0.8, 0.9, 0.95),
  maximumIntervalDays: fc.constantFrom(36500, 365, 30),
  isFuzzEnabled: fc.boolean(),
  learningSteps: fc.constantFrom(
    ['1m', '10m'],
    [],
    ['10m'],
    ['1m', '10m', '1h'],
    ['2d'],
    ['10m', '1m'],
    ['20h'],
  ),
  relearningSteps: fc.constantFrom(['10m'], [], ['5m', '1h'], ['1d'], ['1h', '10m']),
  newCardsPerDay: fc.constant(20),
  maxReviewsPerDay: fc.constant(200),
  dayStartHour: fc.constant(4),
  weights: fc.constantFrom(null, null, unorderedWeights),
});

export type Step = { rating: Rating; gap: number; mode: ReviewMode };

export const stepArb: fc.Arbitrary<Step> = fc.record({
  rating: ratingArb,
  gap: gapArb,
  mode: fc.constantFrom<ReviewMode>('review', 'write', 'mock'),
});

export type History = { row: ScheduleRow | null; reviews: ReviewRow[]; now: number };

/** Rates a card step by step, as the app does, from `start`. */
export function rateSteps(steps: readonly Step[], settings: SchedulerSettings): History {
  let row: ScheduleRow | null = null;
  let now = start;
  const reviews: ReviewRow[] = [];
  steps.forEach((step, i) => {
    now += step.gap;
    const rated = rateCard({
      before: row,
      cardId: 'deck/card',
      deckId: 'deck',
      rating: step.rating,
      now,
      reviewId: `r${String(i).padStart(4, '0')}`,
      mode: step.mode,
      durationMs: 5000,
      settings,
    });
    row = rated.schedule;
    reviews.push(rated.review);
  });
  return { row, reviews, now };
}

export function rateOnce(
  before: ScheduleRow | null,
  rating: Rating,
  now: number,
  settings: SchedulerSettings = defaultSchedulerSettings,
  mode: ReviewMode = 'review',
) {
  return rateCard({
    before,
    cardId: 'deck/card',
    deckId: 'deck',
    rating,
    now,
    reviewId: `r-${now}-${rating}`,
    mode,
    durationMs: 4000,
    settings,
  });
}
