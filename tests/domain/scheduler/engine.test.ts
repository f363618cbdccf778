import { describe, expect, it } from 'vitest';
import { getEngine } from '../../../src/domain/scheduler/engine';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import { unorderedWeights } from './scheduler-fixtures';

describe('getEngine', () => {
  it('reuses one ts-fsrs instance for equal settings', () => {
    const engine = getEngine(defaultSchedulerSettings);
    expect(getEngine({ ...defaultSchedulerSettings })).toBe(engine);
    expect(getEngine({ ...defaultSchedulerSettings, desiredRetention: 0.85 })).not.toBe(engine);
  });

  it('builds the instance from the settings', () => {
    const { fsrs } = getEngine({
      ...defaultSchedulerSettings,
      desiredRetention: 0.85,
      learningSteps: ['1.5h'],
    });
    expect(fsrs.parameters).toMatchObject({
      request_retention: 0.85,
      maximum_interval: 36500,
      enable_fuzz: true,
      learning_steps: ['90m'],
      relearning_steps: ['10m'],
    });
  });

  it('knows which settings need the rating order enforced', () => {
    expect(getEngine(defaultSchedulerSettings).isOrderGuaranteed).toBe(true);
    expect(
      getEngine({ ...defaultSchedulerSettings, learningSteps: ['10m', '1m'] }).isOrderGuaranteed,
    ).toBe(false);
    expect(
      getEngine({ ...defaultSchedulerSettings, relearningSteps: ['2d'] }).isOrderGuaranteed,
    ).toBe(false);
    expect(
      getEngine({ ...defaultSchedulerSettings, weights: unorderedWeights }).isOrderGuaranteed,
    ).toBe(false);
  });

  it('rejects steps the settings screen would not accept', () => {
    expect(() => getEngine({ ...defaultSchedulerSettings, learningSteps: ['soon'] })).toThrow(
      /steps/,
    );
  });
});
