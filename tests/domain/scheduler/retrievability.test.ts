import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import { retrievabilityAt } from '../../../src/domain/scheduler/retrievability';

const lastReview = Date.UTC(2026, 10, 1);
const dayMs = 86_400_000;
const learned = { state: State.Review, stability: 10, lastReview };

describe('retrievabilityAt', () => {
  it('is 90% after exactly one stability of days, by FSRS definition', () => {
    expect(retrievabilityAt(learned, lastReview + 10 * dayMs, null)).toBeCloseTo(0.9, 6);
  });

  it('is 100% right after the review and falls as days pass', () => {
    expect(retrievabilityAt(learned, lastReview, null)).toBe(1);
    const in5 = retrievabilityAt(learned, lastReview + 5 * dayMs, null);
    const in30 = retrievabilityAt(learned, lastReview + 30 * dayMs, null);
    expect(in5).toBeGreaterThan(0.9);
    expect(in30).toBeLessThan(0.9);
    expect(in30).toBeGreaterThan(0);
  });

  it('treats a card never rated as not known', () => {
    expect(retrievabilityAt(null, lastReview, null)).toBe(0);
    expect(
      retrievabilityAt({ state: State.New, stability: 0, lastReview: null }, lastReview, null),
    ).toBe(0);
  });

  it('uses trained weights when given (their decay changes the curve)', () => {
    const at = lastReview + 30 * dayMs;
    const weights = [
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
      0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.5,
    ];
    expect(retrievabilityAt(learned, at, weights)).not.toBeCloseTo(
      retrievabilityAt(learned, at, null),
      3,
    );
  });
});
