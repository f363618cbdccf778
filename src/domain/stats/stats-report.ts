import { type DailyReviews, listDailyReviews } from './daily-reviews';
import { type DailyTally, type ReviewFact, tallyReviews } from './daily-tally';
import {
  type CollectionProgress,
  computeDeckProgress,
  type DeckCardCount,
  type ProgressCard,
} from './deck-progress';
import { computeDueForecast, type DueForecast, type ForecastCard } from './forecast';
import { buildHeatmap, type Heatmap } from './heatmap';
import {
  computeRetentionByDay,
  computeRetentionByWeek,
  computeRetentionOver,
  type RetentionPoint,
} from './retention';
import { computeStreak, type Streak } from './streak';
import { listStudyDays, type StudyDayClock, type StudyDays } from './study-days';

export const HEATMAP_WEEKS = 53;
export const RECENT_DAYS = 30;
export const FORECAST_DAYS = 30;

/** The study days the stats cover: the history (whole weeks up to today) and the forecast. */
export type StatsSpan = { history: StudyDays; forecast: StudyDays };

export type StatsSources = {
  tally: DailyTally;
  forecastDays: StudyDays;
  /** Schedule rows of the cards that can be shown (not suspended, not removed). */
  dueCards: Iterable<ForecastCard>;
  /** Schedule rows of the visible cards (active or suspended). */
  progressCards: Iterable<ProgressCard>;
  decks: readonly DeckCardCount[];
};

export type StatsReport = {
  today: { date: string; reviews: number; practice: number };
  streak: Streak;
  retention: { recent: RetentionPoint; byDay: RetentionPoint[]; byWeek: RetentionPoint[] };
  heatmap: Heatmap;
  dailyReviews: DailyReviews[];
  forecast: DueForecast;
  progress: CollectionProgress;
};

/**
 * The history starts on the Monday 52 weeks before this week's, so the heatmap and the weekly
 * retention see whole weeks; the forecast runs from today for FORECAST_DAYS days.
 */
export function planStatsSpan(clock: StudyDayClock): StatsSpan {
  const today = listStudyDays(clock, 0, 0);
  const weekday = today.weekdays[0] ?? 0;
  return {
    history: listStudyDays(clock, (HEATMAP_WEEKS - 1) * 7 + weekday, 0),
    forecast: listStudyDays(clock, 0, FORECAST_DAYS - 1),
  };
}

/** The time range whose reviews the history needs: [from, to). */
export function getHistoryRange(span: StatsSpan): { from: number; to: number } {
  const { starts } = span.history;
  return { from: starts[0] ?? 0, to: starts[starts.length - 1] ?? 0 };
}

/** Every figure of the Stats screen from in-memory reviews and schedule rows. */
export function computeStatsReport(
  span: StatsSpan,
  reviews: Iterable<ReviewFact>,
  sources: Omit<StatsSources, 'tally' | 'forecastDays'>,
): StatsReport {
  const tally = tallyReviews(reviews, span.history);
  return buildStatsReport({ ...sources, tally, forecastDays: span.forecast });
}

export function buildStatsReport(sources: StatsSources): StatsReport {
  const { tally } = sources;
  const today = tally.days.todayIndex;
  return {
    today: {
      date: tally.days.dates[today] ?? '',
      reviews: tally.reviews[today] ?? 0,
      practice: tally.practice[today] ?? 0,
    },
    streak: computeStreak(tally),
    retention: {
      recent: computeRetentionOver(tally, RECENT_DAYS),
      byDay: computeRetentionByDay(tally, RECENT_DAYS),
      byWeek: computeRetentionByWeek(tally, HEATMAP_WEEKS),
    },
    heatmap: buildHeatmap(tally),
    dailyReviews: listDailyReviews(tally, RECENT_DAYS),
    forecast: computeDueForecast(sources.dueCards, sources.forecastDays),
    progress: computeDeckProgress(sources.decks, sources.progressCards),
  };
}
