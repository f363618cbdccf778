import { describe, expect, it } from 'vitest';
import { computeDueForecast, type ForecastCard } from '../../../src/domain/stats/forecast';
import { listStudyDays } from '../../../src/domain/stats/study-days';
import { clockAt, nov, thursdayNoon } from './stats-fixtures';

const card = (
  due: number,
  state: ForecastCard['state'] = 2,
  buriedUntil: number | null = null,
) => ({
  due,
  state,
  buriedUntil,
});

describe('computeDueForecast', () => {
  // Today (26th) and the next two days; each starts at 04:00 local, 02:00 UTC.
  const days = listStudyDays(clockAt(thursdayNoon), 0, 2);

  it('counts cards per study day, overdue ones on today, by hand', () => {
    const forecast = computeDueForecast(
      [
        card(nov(20, 9)), // overdue: today
        card(nov(26, 15), 1), // learning, later today
        card(nov(27, 1, 59)), // 03:59 local on the 27th: still today's study day
        card(nov(27, 2)), // 04:00 local: the 27th
        card(nov(26, 9), 2, nov(27, 2)), // buried until the 27th
        card(nov(28, 10), 3), // relearning on the 28th
        card(nov(29, 2)), // after the forecast
        card(nov(26, 9), 0), // new (reset): not forecast
      ],
      days,
    );
    expect(forecast).toEqual({
      days: [
        { date: '2026-11-26', due: 3 },
        { date: '2026-11-27', due: 2 },
        { date: '2026-11-28', due: 1 },
      ],
      overdue: 1,
      total: 6,
    });
  });

  it('forecasts nothing without reviewed cards', () => {
    expect(computeDueForecast([], days).total).toBe(0);
  });
});
