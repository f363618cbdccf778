import type { StatsReport } from '../../domain/stats/stats-report';
import { describeRetention, formatCount } from './format-stats';

/** The headline figures as a description list. */
export function StatsSummary({ report }: { report: StatsReport }) {
  const { today, streak, retention, forecast } = report;
  const streakText = `${streak.isAtLeast ? 'at least ' : ''}${formatCount(streak.days, 'day')}`;
  return (
    <dl className="stats-summary">
      <div>
        <dt>Reviews today</dt>
        <dd>{today.reviews}</dd>
      </div>
      <div>
        <dt>Practice answers today</dt>
        <dd>{today.practice}</dd>
      </div>
      <div>
        <dt>Streak</dt>
        <dd>{streakText}</dd>
      </div>
      <div>
        <dt>Due today</dt>
        <dd>{forecast.days[0]?.due ?? 0}</dd>
      </div>
      <div>
        <dt>True retention, last 30 days</dt>
        <dd>{retention.recent.rate === null ? 'none yet' : describeRetention(retention.recent)}</dd>
      </div>
    </dl>
  );
}
