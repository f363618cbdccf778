import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import {
  computeIntervalDays,
  estimateDailyWorkload,
  type WorkloadInput,
} from '../../../src/domain/scheduler/workload';

/** FSRS-4.5's decay of 0.5: factor = 0.9^(1/-0.5) - 1 = 19/81, so I = S * (r^-2 - 1) * 81/19. */
const decayHalf = [...default_w.slice(0, 20), 0.5];
/** A first Good gives stability 100 days: no new card comes back within the 30-day horizon. */
const slowFirstReview = default_w.map((w, i) => (i === 2 ? 100 : w));

function input(partial: Partial<WorkloadInput>): WorkloadInput {
  return {
    stabilities: [],
    newCardsLeft: 0,
    retention: 0.9,
    settings: { ...defaultSchedulerSettings, relearningSteps: [], newCardsPerDay: 0 },
    ...partial,
  };
}

describe('computeIntervalDays', () => {
  it('equals the stability at 90% retention, whatever the weights', () => {
    expect(computeIntervalDays(10, 0.9, null)).toBeCloseTo(10, 5);
    expect(computeIntervalDays(3.5, 0.9, decayHalf)).toBeCloseTo(3.5, 5);
  });

  it('follows I = S * (r^(1/decay) - 1) / factor (hand-worked with decay 0.5)', () => {
    // r^-2 = 1 + 2 * 19/81 makes the interval twice the stability.
    expect(computeIntervalDays(10, 9 / Math.sqrt(119), decayHalf)).toBeCloseTo(20, 5);
    // r = 0.81: (1/0.6561 - 1) * 81/19 = 2.2346...
    expect(computeIntervalDays(1, 0.81, decayHalf)).toBeCloseTo((1 / 0.6561 - 1) * (81 / 19), 5);
  });

  it('is shorter at a higher retention', () => {
    const intervals = [0.7, 0.8, 0.9, 0.95, 0.99].map((r) => computeIntervalDays(10, r, null));
    expect([...intervals].sort((a, b) => b - a)).toEqual(intervals);
  });
});

describe('estimateDailyWorkload', () => {
  it('counts each studied card once per interval (at 90%, once per stability)', () => {
    const workload = estimateDailyWorkload(input({ stabilities: [10, 20, 40] }));
    expect(workload.fromStudied).toBeCloseTo(1 / 10 + 1 / 20 + 1 / 40, 6);
    expect(workload.perDay).toBeCloseTo(0.175, 6);
    expect(workload.basis).toBe('cards');
  });

  it('adds one showing per relearning step for the share of cards forgotten', () => {
    const settings = { ...input({}).settings, relearningSteps: ['10m', '1h'] };
    // At 90%, 1 card in 10 is forgotten and shown twice more: 1.2 showings per review.
    const workload = estimateDailyWorkload(input({ stabilities: [10], settings }));
    expect(workload.fromStudied).toBeCloseTo(0.12, 6);
  });

  it('keeps intervals between one day and the maximum interval', () => {
    const settings = { ...input({}).settings, maximumIntervalDays: 365 };
    const workload = estimateDailyWorkload(input({ stabilities: [0.2, 100_000], settings }));
    expect(workload.fromStudied).toBeCloseTo(1 + 1 / 365, 6);
  });

  it('spreads new cards and their learning steps over the 30 days, until the new cards run out', () => {
    const settings = {
      ...input({}).settings,
      weights: slowFirstReview,
      learningSteps: ['1m', '10m'],
      newCardsPerDay: 10,
    };
    // 25 new cards: 10, 10 and 5 on the first three days, each shown twice while learning.
    const workload = estimateDailyWorkload(input({ newCardsLeft: 25, settings }));
    expect(workload.fromNew).toBeCloseTo((25 * 2) / 30, 6);
    expect(workload.fromStudied).toBe(0);
  });

  it('assumes the new-card limit is used every day when there are no cards at all', () => {
    const settings = {
      ...input({}).settings,
      weights: slowFirstReview,
      learningSteps: ['10m'],
      newCardsPerDay: 10,
    };
    const workload = estimateDailyWorkload(input({ settings }));
    expect(workload.perDay).toBeCloseTo(10, 6);
    expect(workload.basis).toBe('assumed');
  });

  it("counts a new card's first reviews within the horizon", () => {
    const settings = { ...input({}).settings, learningSteps: [], newCardsPerDay: 1 };
    // One card learned on day 0, with default weights, comes back after about 2.3 days and
    // again within the month: at least 3 showings in 30 days.
    const workload = estimateDailyWorkload(input({ newCardsLeft: 1, settings }));
    expect(workload.fromNew * 30).toBeGreaterThanOrEqual(3);
  });

  it('grows as the desired retention rises, for the same cards', () => {
    const settings = { ...defaultSchedulerSettings, newCardsPerDay: 20 };
    const at = (retention: number) =>
      estimateDailyWorkload({ stabilities: [3, 8, 30, 90], newCardsLeft: 500, retention, settings })
        .perDay;
    const loads = [0.7, 0.8, 0.9, 0.95, 0.99].map(at);
    expect([...loads].sort((a, b) => a - b)).toEqual(loads);
    expect(loads[4]).toBeGreaterThan(2 * (loads[2] ?? 0));
  });
});
