import { describe, expect, it } from 'vitest';
import { previewRatings } from '../../../src/domain/scheduler/preview';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import { day, start } from './scheduler-fixtures';

describe('defaultSchedulerSettings', () => {
  it('matches the design defaults', () => {
    expect(defaultSchedulerSettings).toEqual({
      desiredRetention: 0.9,
      maximumIntervalDays: 36500,
      isFuzzEnabled: true,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      newCardsPerDay: 20,
      maxReviewsPerDay: 200,
      dayStartHour: 4,
      weights: null,
    });
  });

  it('uses the FSRS-6 default weights when none are trained', () => {
    // FSRS-6 gives a new card rated Easy an initial stability of 8.2956 days: 8 days at 90%.
    const easy = previewRatings(null, start, {
      ...defaultSchedulerSettings,
      isFuzzEnabled: false,
    })[4];
    expect(easy.intervalMs).toBe(8 * day);
  });
});
