import type { SchedulerSettings } from './types';

/**
 * Drillbook's defaults (docs/architecture.md, "Scheduling"). Settings objects are treated as
 * immutable values.
 */
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
