import { describe, expect, it } from 'vitest';
import type { Workload } from '../../../src/domain/scheduler/workload';
import {
  describeDayStart,
  describeDeckLimit,
  describeFuzz,
  describeNewCardsLimit,
  describeRetention,
  describeReviewLimit,
  describeSteps,
  describeTheme,
  describeWorkload,
} from '../../../src/domain/settings/describe-settings';

const workload = (perDay: number, basis: Workload['basis'] = 'cards'): Workload => ({
  perDay,
  fromStudied: perDay,
  fromNew: 0,
  basis,
});

describe('settings in plain words', () => {
  it('says what a desired retention means, with the expected workload', () => {
    expect(describeRetention(0.9, workload(41.6))).toBe(
      'At 90%, you should remember about 9 in 10 cards when they come up. Higher means shorter intervals and more reviews. Expected workload: about 42 reviews a day over the next 30 days.',
    );
    expect(describeRetention(0.8)).toMatch(/^At 80%, you should remember about 8 in 10 cards/);
    expect(describeRetention(0.97)).toMatch(/^At 97%, you should remember almost every card/);
  });

  it('rounds a large workload to tens, and says when it assumes cards not yet added', () => {
    expect(describeWorkload(workload(236.4))).toBe(
      'Expected workload: about 240 reviews a day over the next 30 days.',
    );
    expect(describeWorkload(workload(1.2, 'assumed'))).toBe(
      'Expected workload: about 1 review a day over the next 30 days (assuming you add cards and learn new ones every day).',
    );
  });

  it('spells out learning and relearning steps', () => {
    expect(describeSteps(['1m', '10m'], 'learning')).toBe(
      'A new card comes back after 1 minute, then after 10 minutes, before it returns to daily reviews.',
    );
    expect(describeSteps(['1h', '2d'], 'relearning')).toBe(
      'A card you forget comes back after 1 hour, then after 2 days, before it returns to daily reviews.',
    );
    expect(describeSteps([], 'learning')).toMatch(/^No learning steps/);
    expect(describeSteps([], 'relearning')).toMatch(/^No relearning steps/);
  });

  it('describes limits, including zero', () => {
    expect(describeNewCardsLimit(20)).toMatch(/^Up to 20 new cards a day\./);
    expect(describeNewCardsLimit(1)).toMatch(/^Up to 1 new card a day\./);
    expect(describeNewCardsLimit(0)).toMatch(/^No new cards/);
    expect(describeReviewLimit(200)).toMatch(/^At most 200 reviews a day\./);
    expect(describeReviewLimit(0)).toMatch(/^No reviews/);
    expect(describeDeckLimit(null, 'new')).toMatch(/no limit of its own/);
    expect(describeDeckLimit(5, 'new')).toBe(
      'At most 5 new cards a day from this deck, within the daily limit for all decks.',
    );
    expect(describeDeckLimit(1, 'reviews')).toMatch(/^At most 1 review a day/);
  });

  it('describes the day start, fuzz and theme', () => {
    expect(describeDayStart(4)).toBe(
      'A new study day starts at 04:00. Studying after midnight but before 04:00 still counts for the day before.',
    );
    expect(describeDayStart(0)).toBe('A new study day starts at 00:00, at midnight.');
    expect(describeFuzz(true)).toMatch(/^On: intervals vary/);
    expect(describeFuzz(false)).toMatch(/^Off: /);
    expect(describeTheme('dark')).toBe('Always dark, whatever the device is set to.');
  });
});
