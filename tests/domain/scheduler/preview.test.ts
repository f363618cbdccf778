import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewRatings } from '../../../src/domain/scheduler/preview';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { Rating, SchedulerSettings } from '../../../src/domain/scheduler/types';
import {
  day,
  gapArb,
  minute,
  noFuzz,
  rateOnce,
  rateSteps,
  settingsArb,
  start,
  stepArb,
  unorderedWeights,
} from './scheduler-fixtures';

const ratings: Rating[] = [1, 2, 3, 4];

function labels(preview: ReturnType<typeof previewRatings>): string[] {
  return ratings.map((rating) => preview[rating].label);
}

describe('previewRatings', () => {
  it('shows the learning steps on a new card: Again 1m, Hard 6m, Good 10m', () => {
    const preview = previewRatings(null, start, defaultSchedulerSettings);
    expect(labels(preview).slice(0, 3)).toEqual(['1m', '6m', '10m']);
    expect(preview[1]).toEqual({ due: start + minute, intervalMs: minute, label: '1m' });
    expect(preview[4].intervalMs).toBeGreaterThanOrEqual(day);
  });

  it('shows the 10m relearning step for Again on a lapsing review card', () => {
    const learned = rateOnce(null, 4, start).schedule;
    const preview = previewRatings(learned, learned.due, defaultSchedulerSettings);
    expect(preview[1].label).toBe('10m');
    expect(ratings.slice(1).every((rating) => preview[rating].intervalMs >= day)).toBe(true);
  });

  it('follows custom steps', () => {
    const settings = { ...noFuzz, learningSteps: ['5m', '1h', '3h'] };
    const first = rateOnce(null, 3, start, settings).schedule;
    expect(labels(previewRatings(first, first.due, settings)).slice(0, 3)).toEqual([
      '5m',
      '33m',
      '3h',
    ]);
  });

  it('keeps the order even where ts-fsrs would not (trained weights, no steps)', () => {
    const settings: SchedulerSettings = {
      ...noFuzz,
      learningSteps: [],
      weights: unorderedWeights,
    };
    const preview = previewRatings(null, start, settings);
    expect(preview[2].due).toBeLessThanOrEqual(preview[3].due);
    expect(rateOnce(null, 3, start, settings).schedule.due).toBe(preview[3].due);
  });

  it('shows exactly what each rating does, fuzz included (property)', () => {
    const prop = fc.property(
      fc.array(stepArb, { maxLength: 10 }),
      gapArb,
      settingsArb,
      (steps, gap, settings) => {
        const { row, now } = rateSteps(steps, settings);
        const preview = previewRatings(row, now + gap, settings);
        for (const rating of ratings) {
          const rated = rateOnce(row, rating, now + gap, settings);
          expect(preview[rating].due).toBe(rated.schedule.due);
        }
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 200 });
  });

  it('never lets a better rating come back sooner: Again <= Hard <= Good <= Easy (property)', () => {
    const prop = fc.property(
      fc.array(stepArb, { maxLength: 14 }),
      gapArb,
      settingsArb,
      (steps, gap, settings) => {
        const { row, now } = rateSteps(steps, settings);
        const preview = previewRatings(row, now + gap, settings);
        expect(preview[1].intervalMs).toBeLessThanOrEqual(preview[2].intervalMs);
        expect(preview[2].intervalMs).toBeLessThanOrEqual(preview[3].intervalMs);
        expect(preview[3].intervalMs).toBeLessThanOrEqual(preview[4].intervalMs);
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 500 });
  });
});
