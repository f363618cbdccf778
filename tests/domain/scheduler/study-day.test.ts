import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, startOfStudyDay } from '../../../src/domain/scheduler/study-day';

describe('study day', () => {
  it('starts at 04:00 UTC when the user is in UTC', () => {
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 9), 4, 0)).toBe(Date.UTC(2026, 10, 23, 4));
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 3, 59), 4, 0)).toBe(Date.UTC(2026, 10, 22, 4));
  });

  it('starts at local 04:00 east of UTC (UTC+2, offset -120)', () => {
    // 03:30 local is still yesterday's study day, which began at 04:00 local = 02:00 UTC.
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 1, 30), 4, -120)).toBe(Date.UTC(2026, 10, 22, 2));
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 2), 4, -120)).toBe(Date.UTC(2026, 10, 23, 2));
  });

  it('starts at local 04:00 west of UTC (UTC-5, offset 300)', () => {
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 8), 4, 300)).toBe(Date.UTC(2026, 10, 22, 9));
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 9, 1), 4, 300)).toBe(Date.UTC(2026, 10, 23, 9));
  });

  it('handles half-hour zones and a midnight day start', () => {
    // India, UTC+5:30: local midnight is 18:30 UTC the day before.
    expect(startOfStudyDay(Date.UTC(2026, 10, 23, 9), 0, -330)).toBe(
      Date.UTC(2026, 10, 22, 18, 30),
    );
  });

  it('gives the next study day start 24 hours later', () => {
    expect(nextStudyDayStart(Date.UTC(2026, 10, 23, 1, 30), 4, -120)).toBe(
      Date.UTC(2026, 10, 23, 2),
    );
    expect(nextStudyDayStart(Date.UTC(2026, 10, 23, 2), 4, -120)).toBe(Date.UTC(2026, 10, 24, 2));
  });
});
