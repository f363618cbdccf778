import type { RetentionPoint } from '../../domain/stats/retention';
import { BarChart } from './BarChart';
import { ChartFigure, FigureTable } from './ChartFigure';
import { describeRetention, formatDay, formatLongDay, formatRate } from './format-stats';

type Props = {
  points: readonly RetentionPoint[];
  /** `day` or `week`: how the points are labelled. */
  period: 'day' | 'week';
};

/** True retention per day or per week, as bars from 0 to 100%. */
export function RetentionChart({ points, period }: Props) {
  const label = (point: RetentionPoint) =>
    period === 'day' ? formatDay(point.date) : `Week of ${formatLongDay(point.date)}`;
  const summary = summarize(points, period);
  return (
    <ChartFigure
      title={
        period === 'day'
          ? `True retention by day, last ${points.length} days.`
          : `True retention by week, last ${points.length} weeks.`
      }
      summary={summary}
      chart={
        <BarChart
          className="stats-bars-retention"
          label={summary}
          max={1}
          startLabel={label(points[0] ?? { date: '', passed: 0, total: 0, rate: null })}
          endLabel={period === 'day' ? 'Today' : 'This week'}
          bars={points.map((point) => ({
            key: point.date,
            value: point.rate,
            tooltip: `${label(point)}: ${describeRetention(point)}`,
          }))}
        />
      }
      table={
        <FigureTable
          caption={`True retention by ${period}`}
          headers={[period === 'day' ? 'Day' : 'Week', 'Not Again', 'Reviews', 'Retention']}
          rows={points.map((point) => [label(point), point.passed, point.total, formatRate(point)])}
        />
      }
    />
  );
}

function summarize(points: readonly RetentionPoint[], period: 'day' | 'week'): string {
  const measured = points.filter((point) => point.rate !== null);
  if (measured.length === 0) return 'No reviews of cards in review state yet.';
  const passed = measured.reduce((sum, point) => sum + point.passed, 0);
  const total = measured.reduce((sum, point) => sum + point.total, 0);
  const rates = measured.map((point) => point.rate ?? 0);
  return (
    `${Math.round((passed / total) * 100)}% overall (${passed} of ${total}) over ${measured.length} ${period}${measured.length === 1 ? '' : 's'} with reviews; ` +
    `lowest ${Math.round(Math.min(...rates) * 100)}%, highest ${Math.round(Math.max(...rates) * 100)}%.`
  );
}
