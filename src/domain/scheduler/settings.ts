import type { SchedulerSettings } from './types';

/** Drillbook's defaults (design section 4). Settings objects are treated as immutable values. */
export const defaultSchedulerSettings: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  isFuzzEnabled: true,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: 4,
  weights: null,
};
