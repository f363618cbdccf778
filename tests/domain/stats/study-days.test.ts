import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfStudyDay } from '../../../src/domain/scheduler/study-day';
import { findStudyDay, listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, nov, thursdayNoon } from './stats-fixtures';

describe('listStudyDays', () => {
  it('lists days that start at 04:00 local, with their local dates and weekdays', () => {
    const days = listStudyDays(clockAt(thursdayNoon), 2, 1);
    // 04:00 in UTC+2 is 02:00 UTC.
    expect(days.starts).toEqual([nov(24, 2), nov(25, 2), nov(26, 2), nov(27, 2), nov(28, 2)]);
    expect(days.dates).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(days.weekdays).toEqual([1, 2, 3, 4]);
    expect(days.todayIndex).toBe(2);
  });

  it('starts today at yesterday 04:00 when it is 03:59 local', () => {
    const days = listStudyDays(clockAt(nov(26, 1, 59)), 0, 0);
    expect(days.dates).toEqual(['2026-11-25']);
    expect(days.starts).toEqual([nov(25, 2), nov(26, 2)]);
  });

  it('makes the day of an autumn clock change 25 hours long', () => {
    // Central Europe leaves summer time on 2026-10-25 at 01:00 UTC (UTC+2 becomes UTC+1).
    const change = Date.UTC(2026, 9, 25, 1);
    const clock = {
      now: Date.UTC(2026, 9, 26, 10),
      dayStartHour: 4,
      tzOffsetAt: (at: number) => (at < change ? -120 : -60),
    };
    const days = listStudyDays(clock, 2, 0);
    expect(days.starts).toEqual([
      Date.UTC(2026, 9, 24, 2),
      Date.UTC(2026, 9, 25, 3),
      Date.UTC(2026, 9, 26, 3),
      Date.UTC(2026, 9, 27, 3),
    ]);
    expect(days.dates).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    // 03:30 winter time on the 25th is still the 24th's study day.
    expect(findStudyDay(days, Date.UTC(2026, 9, 25, 2, 30))).toBe(0);
  });
});

describe('findStudyDay', () => {
  const days = listStudyDays(clockAt(thursdayNoon), 2, 1);

  it('puts 03:59 local in the day before and 04:00 local in the new day', () => {
    expect(findStudyDay(days, nov(25, 1, 59))).toBe(0);
    expect(findStudyDay(days, nov(25, 2))).toBe(1);
  });

  it('gives -1 before the first day and from the end of the last', () => {
    expect(findStudyDay(days, nov(24, 1, 59))).toBe(-1);
    expect(findStudyDay(days, nov(28, 2))).toBe(-1);
    expect(findStudyDay(days, nov(28, 1, 59))).toBe(3);
  });

  it('agrees with startOfStudyDay for any instant in a fixed offset', () => {
    const year = listStudyDays(clockAt(thursdayNoon, 300, 6), 400, 0);
    const first = year.starts[0] ?? 0;
    const end = year.starts[year.starts.length - 1] ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: first, max: end - 1 }), (at) => {
        const index = findStudyDay(year, at);
        expect(year.starts[index]).toBe(startOfStudyDay(at, 6, 300));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
