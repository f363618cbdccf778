import type { Heatmap } from '../../domain/stats/heatmap';
import { ChartFigure, FigureTable } from './ChartFigure';
import { formatCount, formatDay, formatLongDay } from './format-stats';

const CELL = 10;
const STEP = 12;
const LEFT = 28;
const TOP = 14;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The year of reviews as 53 week columns of 7 days, with the same figures in a table. */
export function HeatmapChart({ heatmap }: { heatmap: Heatmap }) {
  const summary = describeHeatmap(heatmap);
  return (
    <ChartFigure
      title={`Reviews in the last ${heatmap.weeks.length} weeks.`}
      summary={summary}
      chart={<HeatmapSvg heatmap={heatmap} label={summary} />}
      legend={<HeatmapLegend />}
      table={
        <FigureTable
          caption="Reviews per day, one row per week"
          headers={['Week of', ...WEEKDAYS]}
          rows={heatmap.weeks.map((week) => [
            formatLongDay(week.days.find((day) => day !== null)?.date ?? ''),
            ...week.days.map((day) => (day === null ? '–' : day.reviews)),
          ])}
        />
      }
    />
  );
}

export function describeHeatmap(heatmap: Heatmap): string {
  const { totalReviews, activeDays, busiestDay } = heatmap;
  if (busiestDay === null) return 'No reviews yet.';
  return (
    `${formatCount(totalReviews, 'review')} on ${formatCount(activeDays, 'day')}. ` +
    `Busiest day: ${formatLongDay(busiestDay.date)}, ${formatCount(busiestDay.reviews, 'review')}.`
  );
}

function HeatmapSvg({ heatmap, label }: { heatmap: Heatmap; label: string }) {
  const width = LEFT + heatmap.weeks.length * STEP;
  return (
    <div className="stats-heatmap">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${TOP + 7 * STEP}`}>
        {[0, 2, 4].map((weekday) => (
          <text key={weekday} className="stats-label" x={0} y={TOP + weekday * STEP + CELL - 1}>
            {WEEKDAYS[weekday]}
          </text>
        ))}
        {heatmap.weeks.map((week, column) => {
          const first = week.days.find((day) => day !== null);
          const isNewMonth = first !== undefined && Number(first.date.slice(8, 10)) <= 7;
          return (
            <g key={first?.date ?? column}>
              {isNewMonth && (
                <text className="stats-label" x={LEFT + column * STEP} y={TOP - 4}>
                  {MONTHS[Number(first.date.slice(5, 7)) - 1]}
                </text>
              )}
              {week.days.map((day, row) =>
                day === null ? null : (
                  <rect
                    key={day.date}
                    className={`stats-heat stats-heat-${day.level}`}
                    x={LEFT + column * STEP}
                    y={TOP + row * STEP}
                    width={CELL}
                    height={CELL}
                    rx={2}
                  >
                    <title>{`${formatDay(day.date)}: ${formatCount(day.reviews, 'review')}`}</title>
                  </rect>
                ),
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function HeatmapLegend() {
  return (
    <p className="stats-legend">
      <span>Fewer</span>
      {[0, 1, 2, 3, 4].map((level) => (
        <svg
          key={level}
          aria-hidden="true"
          width={CELL}
          height={CELL}
          className="stats-legend-cell"
        >
          <rect className={`stats-heat stats-heat-${level}`} width={CELL} height={CELL} rx={2} />
        </svg>
      ))}
      <span>more reviews</span>
    </p>
  );
}
