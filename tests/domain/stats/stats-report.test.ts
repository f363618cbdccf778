import { describe, expect, it } from 'vitest';
import { State } from '../../../src/domain/card-state';
import {
  computeStatsReport,
  getHistoryRange,
  planStatsSpan,
} from '../../../src/domain/stats/stats-report';
import { clockAt, nov, review, thursdayNoon } from './stats-fixtures';

describe('planStatsSpan', () => {
  const span = planStatsSpan(clockAt(thursdayNoon));

  it('covers 53 weeks from a Monday up to today (Thursday)', () => {
    expect(span.history.dates[0]).toBe('2025-11-24');
    expect(span.history.weekdays[0]).toBe(0);
    expect(span.history.dates).toHaveLength(52 * 7 + 4);
    expect(span.history.dates.at(-1)).toBe('2026-11-26');
  });

  it('forecasts 30 days from today', () => {
    expect(span.forecast.dates).toHaveLength(30);
    expect(span.forecast.dates[0]).toBe('2026-11-26');
    expect(span.forecast.dates.at(-1)).toBe('2026-12-25');
  });

  it('needs the reviews from the first day 04:00 local to the end of today', () => {
    expect(getHistoryRange(span)).toEqual({
      from: Date.UTC(2025, 10, 24, 2),
      to: nov(27, 2),
    });
  });
});

describe('computeStatsReport', () => {
  const report = computeStatsReport(
    planStatsSpan(clockAt(thursdayNoon)),
    [
      review(nov(25, 9), 3),
      review(nov(26, 8), 1),
      review(nov(26, 9), 3, 0),
      review(nov(26, 9), 3, 2, 'choice'),
    ],
    {
      dueCards: [{ due: nov(27, 9), state: State.Review, buriedUntil: null }],
      progressCards: [{ deckId: 'a', state: State.Review, scheduledDays: 3 }],
      decks: [{ deckId: 'a', title: 'Alpha', cards: 4 }],
    },
  );

  it('reports today, the streak and 30 days of retention', () => {
    expect(report.today).toEqual({ date: '2026-11-26', reviews: 2, practice: 1 });
    expect(report.streak).toEqual({ days: 2, isAtLeast: false });
    expect(report.retention.recent).toMatchObject({ passed: 1, total: 2, rate: 0.5 });
    expect(report.retention.byDay).toHaveLength(30);
    expect(report.retention.byWeek).toHaveLength(53);
  });

  it('fills a year of heatmap, 30 days of reviews, the forecast and the decks', () => {
    expect(report.heatmap.weeks).toHaveLength(53);
    expect(report.heatmap.totalReviews).toBe(3);
    expect(report.dailyReviews.at(-1)).toEqual({ date: '2026-11-26', reviews: 2, practice: 1 });
    expect(report.forecast.days[1]).toEqual({ date: '2026-11-27', due: 1 });
    expect(report.progress.total).toMatchObject({ new: 3, young: 1 });
  });
});
