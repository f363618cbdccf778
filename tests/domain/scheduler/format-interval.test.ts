import { describe, expect, it } from 'vitest';
import { formatInterval } from '../../../src/domain/scheduler/format-interval';
import { day, hour, minute } from './scheduler-fixtures';

describe('formatInterval', () => {
  it.each([
    [0, '<1m'],
    [59_000, '<1m'],
    [minute, '1m'],
    [10 * minute, '10m'],
    [59 * minute + 50_000, '1h'],
    [hour, '1h'],
    [90 * minute, '1.5h'],
    [day, '1d'],
    [3 * day, '3d'],
    [29 * day, '29d'],
    [36 * day, '1.2mo'],
    [300 * day, '10mo'],
    [365 * day, '1y'],
    [548 * day, '1.5y'],
  ])('shows %d ms as %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
