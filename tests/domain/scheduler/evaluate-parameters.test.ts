import { describe, expect, it } from 'vitest';
import {
  computeLogLoss,
  computeRmseBins,
  evaluateParameters,
  findBin,
  resolveWeights,
} from '../../../src/domain/scheduler/evaluate-parameters';
import type { ReviewHistory } from '../../../src/domain/scheduler/optimizer-input';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';

const minute = 60_000;
const day = 24 * 60 * minute;
/** 2026-03-10 09:00 UTC. */
const start = Date.UTC(2026, 2, 10, 9);

/** FSRS-6's forgetting curve, written out here so the test does not trust the code under test. */
function forgettingCurve(w: readonly number[], days: number, stability: number): number {
  const decay = w[20] ?? 0.5;
  const factor = 0.9 ** (-1 / decay) - 1;
  return (1 + (factor * days) / stability) ** -decay;
}

describe('findBin (fsrs-rs RMSE bins)', () => {
  it('puts predictions 0.00 to 1.00 in the same 20 bins as fsrs-rs', () => {
    // fsrs-rs's own test_get_bin table.
    const expected = [
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,
      1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5,
      5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 13, 13, 14,
      14, 14, 15, 15, 16, 17, 17, 18, 18, 19, 19,
    ];
    const bins = Array.from({ length: 101 }, (_, i) => findBin(Math.fround(i / 100)));
    expect(bins).toEqual(expected);
  });
});

describe('computeLogLoss', () => {
  it('is the mean binary cross-entropy of recall', () => {
    const loss = computeLogLoss([
      { recall: 0.9, isRecalled: true },
      { recall: 0.8, isRecalled: false },
    ]);
    // (-ln 0.9 - ln 0.2) / 2
    expect(loss).toBeCloseTo((0.1053605 + 1.6094379) / 2, 6);
  });

  it('stays finite for a certain prediction that was wrong', () => {
    expect(Number.isFinite(computeLogLoss([{ recall: 1, isRecalled: false }]))).toBe(true);
  });

  it('is undefined (NaN) with nothing to predict', () => {
    expect(computeLogLoss([])).toBeNaN();
  });
});

describe('computeRmseBins', () => {
  it('weights each bin by its count: sqrt(sum count * (mean predicted - observed)^2 / n)', () => {
    const rmse = computeRmseBins([
      { recall: 0.9, isRecalled: true },
      { recall: 0.9, isRecalled: false },
      { recall: 0.5, isRecalled: true },
    ]);
    // Bin 14 holds the two 0.9s (observed 0.5); bin 3 holds 0.5 (observed 1).
    expect(findBin(0.9)).toBe(14);
    expect(findBin(0.5)).toBe(3);
    expect(rmse).toBeCloseTo(Math.sqrt((2 * 0.4 ** 2 + 0.5 ** 2) / 3), 10);
  });

  it('is zero when every bin is calibrated', () => {
    const rmse = computeRmseBins([
      { recall: 0.75, isRecalled: true },
      { recall: 0.75, isRecalled: true },
      { recall: 0.75, isRecalled: true },
      { recall: 0.75, isRecalled: false },
    ]);
    expect(rmse).toBeCloseTo(0, 12);
  });
});

describe('evaluateParameters', () => {
  const w = resolveWeights(defaultSchedulerSettings);

  it('predicts each review a day or more after the previous from the stability before it', () => {
    // Good, then recalled 3 days later (Good), then forgotten 10 days after that (Again).
    const history: ReviewHistory = {
      cardId: 'a',
      ratings: [3, 3, 1],
      times: [start, start + 3 * day, start + 13 * day],
    };
    const result = evaluateParameters([history], defaultSchedulerSettings);
    expect(result.predictions).toBe(2);
    // A first Good gives stability w2; the second prediction depends on the stability after
    // a recall, which is the model's business: check it only through the first.
    const first = forgettingCurve(w, 3, w[2] ?? 0);
    const single = evaluateParameters(
      [{ cardId: 'a', ratings: [3, 3], times: [start, start + 3 * day] }],
      defaultSchedulerSettings,
    );
    expect(single.logLoss).toBeCloseTo(-Math.log(first), 6);
    expect(single.rmseBins).toBeCloseTo(1 - first, 6);
    // The miss adds a loss above the hit's: a forgotten card costs -ln(1 - R).
    expect(result.logLoss).toBeGreaterThan(single.logLoss);
  });

  it('does not predict the first review or reviews on the same day', () => {
    const history: ReviewHistory = {
      cardId: 'a',
      ratings: [1, 3, 3, 3],
      times: [start, start + minute, start + 10 * minute, start + day],
    };
    expect(evaluateParameters([history], defaultSchedulerSettings).predictions).toBe(1);
    expect(
      evaluateParameters([{ cardId: 'b', ratings: [3], times: [start] }], defaultSchedulerSettings),
    ).toEqual({ logLoss: Number.NaN, rmseBins: Number.NaN, predictions: 0 });
  });

  it('uses the weights in the settings: a larger first-Good stability predicts more recall', () => {
    const history: ReviewHistory = {
      cardId: 'a',
      ratings: [3, 3],
      times: [start, start + 3 * day],
    };
    const custom = [...w];
    custom[2] = 20;
    const settings = { ...defaultSchedulerSettings, weights: custom };
    expect(resolveWeights(settings)[2]).toBe(20);
    const result = evaluateParameters([history], settings);
    expect(result.logLoss).toBeCloseTo(-Math.log(forgettingCurve(custom, 3, 20)), 6);
    expect(result.logLoss).toBeLessThan(
      evaluateParameters([history], defaultSchedulerSettings).logLoss,
    );
  });

  it('resolves weights as the scheduler does: clamped to their ranges', () => {
    const wild = [...w];
    wild[4] = 50;
    expect(resolveWeights({ ...defaultSchedulerSettings, weights: wild })[4]).toBe(10);
  });
});
