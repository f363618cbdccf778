import type { Readiness } from '../../../domain/stats/readiness';
import { describeDaysAway, formatInterviewDay, formatPercent } from './format-readiness';
import { RecallTable } from './RecallTable';
import { StudyFirstList } from './StudyFirstList';

type ReadinessReportProps = {
  date: string;
  daysAway: number;
  desiredRetention: number;
  readiness: Readiness;
};

export function ReadinessReport({
  date,
  daysAway,
  desiredRetention,
  readiness,
}: ReadinessReportProps) {
  const { overall, decks, tags, studyFirst } = readiness;
  return (
    <>
      <p>
        Predicted for {formatInterviewDay(date)} ({describeDaysAway(daysAway)}), at noon, if you
        study nothing more before then.
      </p>
      {overall.cards === 0 ? (
        <p>There are no active cards to predict. Import a deck, or unsuspend cards.</p>
      ) : (
        <>
          <OverallRecall overall={overall} />
          <RecallTable caption="Predicted recall by deck" nameHeader="Deck" rows={decks} />
          {tags.length > 0 ? (
            <RecallTable caption="Predicted recall by tag" nameHeader="Tag" rows={tags} />
          ) : (
            <p className="meta">No active card has a tag.</p>
          )}
          <StudyFirstList entries={studyFirst} desiredRetention={desiredRetention} />
        </>
      )}
    </>
  );
}

function OverallRecall({ overall }: { overall: Readiness['overall'] }) {
  const unseen = overall.cards - overall.learned;
  return (
    <div className="readiness-overall">
      <p>
        Overall predicted recall: <strong>{formatPercent(overall.recall)}</strong> of{' '}
        {overall.cards} active cards.
      </p>
      <p className="meta">
        {overall.learned} learned, {unseen} never studied (counted as 0%).
        {overall.learnedRecall !== null &&
          ` The learned cards alone: ${formatPercent(overall.learnedRecall)}.`}
      </p>
    </div>
  );
}
