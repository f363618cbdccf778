import type { DueForecast } from '../../domain/stats/forecast';
import { BarChart } from './BarChart';
import { ChartFigure, FigureTable } from './ChartFigure';
import { formatCount, formatDay } from './format-stats';

/** Cards due per day from today on. */
export function ForecastChart({ forecast }: { forecast: DueForecast }) {
  const { days, overdue, total } = forecast;
  const today = days[0]?.due ?? 0;
  const summary =
    `${formatCount(total, 'card')} due in the next ${days.length} days; ` +
    `${today} today${overdue > 0 ? ` (${overdue} overdue)` : ''}.`;
  return (
    <ChartFigure
      title={`Due forecast, next ${days.length} days.`}
      summary={summary}
      chart={
        <BarChart
          label={summary}
          startLabel="Today"
          endLabel={formatDay(days[days.length - 1]?.date ?? '')}
          bars={days.map((day) => ({
            key: day.date,
            value: day.due,
            tooltip: `${formatDay(day.date)}: ${formatCount(day.due, 'card')} due`,
          }))}
        />
      }
      table={
        <FigureTable
          caption="Cards due per day"
          headers={['Day', 'Cards due']}
          rows={days.map((day) => [formatDay(day.date), day.due])}
        />
      }
    />
  );
}
