import type { DailyTally } from './daily-tally';

export type HeatmapDay = {
  date: string;
  reviews: number;
  /** 0 for no review, then 1 to 4 in quarters of the busiest day's count. */
  level: 0 | 1 | 2 | 3 | 4;
};

/** Monday to Sunday; null for a day outside the tally (before it, or after today). */
export type HeatmapWeek = { days: (HeatmapDay | null)[] };

export type Heatmap = {
  weeks: HeatmapWeek[];
  totalReviews: number;
  activeDays: number;
  busiestDay: HeatmapDay | null;
};

/** The tally's days up to today as weeks (Monday first), each day with its reviews and level. */
export function buildHeatmap(tally: DailyTally): Heatmap {
  const { dates, weekdays, todayIndex } = tally.days;
  let busiest = 0;
  for (let i = 0; i <= todayIndex; i += 1) busiest = Math.max(busiest, tally.reviews[i] ?? 0);

  const weeks: HeatmapWeek[] = [];
  let week: (HeatmapDay | null)[] | null = null;
  let totalReviews = 0;
  let activeDays = 0;
  let busiestDay: HeatmapDay | null = null;
  for (let i = 0; i <= todayIndex; i += 1) {
    const weekday = weekdays[i] ?? 0;
    if (week === null || weekday === 0) {
      week = Array.from({ length: 7 }, () => null);
      weeks.push({ days: week });
    }
    const reviews = tally.reviews[i] ?? 0;
    const day: HeatmapDay = { date: dates[i] ?? '', reviews, level: toLevel(reviews, busiest) };
    week[weekday] = day;
    totalReviews += reviews;
    if (reviews > 0) activeDays += 1;
    if (reviews > 0 && reviews === busiest && busiestDay === null) busiestDay = day;
  }
  return { weeks, totalReviews, activeDays, busiestDay };
}

function toLevel(reviews: number, busiest: number): HeatmapDay['level'] {
  if (reviews === 0 || busiest === 0) return 0;
  const level = Math.ceil((4 * reviews) / busiest);
  return level <= 1 ? 1 : level === 2 ? 2 : level === 3 ? 3 : 4;
}
