import './stats.css';
import type { StatsReport } from '../../domain/stats/stats-report';
import { DeckProgressTable } from './DeckProgressTable';
import { ForecastChart } from './ForecastChart';
import { HeatmapChart } from './HeatmapChart';
import { RetentionChart } from './RetentionCharts';
import { ReviewsChart } from './ReviewsChart';
import { ReadinessSection } from './readiness/ReadinessSection';
import { StatsSummary } from './StatsSummary';
import { useStatsReport } from './use-stats-report';

export function StatsScreen() {
  const state = useStatsReport();
  return (
    <>
      <h1>Stats</h1>
      <ReadinessSection />
      {state.status === 'loading' && (
        <p role="status">
          Loading stats…
          {state.built !== undefined &&
            ` Counting the review history once after the update: ${Math.floor(state.built * 100)}%.`}
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert">The stats could not be read. {state.message}</p>
      )}
      {state.status === 'ready' && <StatsSections report={state.report} />}
    </>
  );
}

function StatsSections({ report }: { report: StatsReport }) {
  return (
    <div className="stats">
      <section aria-labelledby="stats-today">
        <h2 id="stats-today">Today</h2>
        <StatsSummary report={report} />
      </section>
      <section aria-labelledby="stats-activity">
        <h2 id="stats-activity">Activity</h2>
        <p className="stats-note">
          Reviews are ratings that schedule a card. Multiple-choice and cram answers are practice:
          counted apart, and left out of the streak and of retention.
        </p>
        <HeatmapChart heatmap={report.heatmap} />
        <ReviewsChart days={report.dailyReviews} />
      </section>
      <section aria-labelledby="stats-retention">
        <h2 id="stats-retention">True retention</h2>
        <p className="stats-note">
          Of the reviews of cards in review state, the share not rated Again.
        </p>
        <RetentionChart points={report.retention.byDay} period="day" />
        <RetentionChart points={report.retention.byWeek} period="week" />
      </section>
      <section aria-labelledby="stats-forecast">
        <h2 id="stats-forecast">Forecast</h2>
        <ForecastChart forecast={report.forecast} />
      </section>
      <section aria-labelledby="stats-decks">
        <h2 id="stats-decks">Decks</h2>
        <DeckProgressTable progress={report.progress} />
      </section>
    </div>
  );
}
