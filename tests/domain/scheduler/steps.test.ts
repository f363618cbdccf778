import { describe, expect, it } from 'vitest';
import { convertStepToMinutes, parseSteps } from '../../../src/domain/scheduler/steps';

describe('parseSteps', () => {
  it('reads Anki-style steps separated by spaces or commas', () => {
    expect(parseSteps('1m 10m 1h 2d')).toEqual({ steps: ['1m', '10m', '1h', '2d'] });
    expect(parseSteps(' 1m,10m ,  15m ')).toEqual({ steps: ['1m', '10m', '15m'] });
  });

  it('accepts no steps at all, leaving learning to FSRS', () => {
    expect(parseSteps('   ')).toEqual({ steps: [] });
  });

  it('turns decimals and seconds into whole minutes instead of letting them be truncated', () => {
    expect(parseSteps('1.5h 120s 0.5d')).toEqual({ steps: ['90m', '2m', '720m'] });
  });

  it('is case-insensitive about units', () => {
    expect(parseSteps('10M 1H')).toEqual({ steps: ['10m', '1h'] });
  });

  it('explains what is wrong with a bad step', () => {
    expect(parseSteps('1m ten')).toEqual({ error: expect.stringContaining('"ten"') });
    expect(parseSteps('10')).toEqual({ error: expect.stringContaining('unit') });
    expect(parseSteps('0m')).toEqual({ error: expect.stringContaining('longer than zero') });
    expect(parseSteps('-5m')).toHaveProperty('error');
    expect(parseSteps('30s')).toEqual({ error: expect.stringContaining('whole minutes') });
    expect(parseSteps('400d')).toEqual({ error: expect.stringContaining('365 days') });
  });

  it('accepts steps that are not ascending', () => {
    expect(parseSteps('10m 1m')).toEqual({ steps: ['10m', '1m'] });
  });
});

describe('convertStepToMinutes', () => {
  it('converts each unit', () => {
    expect(['1m', '2h', '3d', '120s'].map(convertStepToMinutes)).toEqual([1, 120, 4320, 2]);
  });
});
