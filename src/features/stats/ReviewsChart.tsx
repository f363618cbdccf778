import type { DailyReviews } from '../../domain/stats/daily-reviews';
import { BarChart } from './BarChart';
import { ChartFigure, FigureTable } from './ChartFigure';
import { formatCount, formatDay } from './format-stats';

/** Reviews per day over the last days, practice answers beside them in the table. */
export function ReviewsChart({ days }: { days: readonly DailyReviews[] }) {
  const total = days.reduce((sum, day) => sum + day.reviews, 0);
  const practice = days.reduce((sum, day) => sum + day.practice, 0);
  const summary =
    `${formatCount(total, 'review')}, ${(total / Math.max(1, days.length)).toFixed(1)} a day on average` +
    (practice > 0 ? `, and ${formatCount(practice, 'practice answer')}.` : '.');
  return (
    <ChartFigure
      title={`Reviews per day, last ${days.length} days.`}
      summary={summary}
      chart={
        <BarChart
          label={summary}
          startLabel={formatDay(days[0]?.date ?? '')}
          endLabel="Today"
          bars={days.map((day) => ({
            key: day.date,
            value: day.reviews,
            tooltip: `${formatDay(day.date)}: ${formatCount(day.reviews, 'review')}`,
          }))}
        />
      }
      table={
        <FigureTable
          caption="Reviews per day"
          headers={['Day', 'Reviews', 'Practice answers']}
          rows={days.map((day) => [formatDay(day.date), day.reviews, day.practice])}
        />
      }
    />
  );
}
