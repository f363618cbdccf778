import { useSearchParams } from 'wouter';
import { AnswerPanel } from '../../components/card/AnswerPanel';
import { QuestionPanel } from '../../components/card/QuestionPanel';
import { useAppStore } from '../../stores/app-store';
import { useSchedulerSettings } from '../../stores/use-scheduler-settings';
import { QueueCounts } from './QueueCounts';
import { RatingButtons } from './RatingButtons';
import { ReviewDone } from './ReviewDone';
import { useReviewActions } from './use-review-actions';
import { useReviewKeys } from './use-review-keys';
import { useReviewSnapshot } from './use-review-snapshot';

export function ReviewScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const settings = useSchedulerSettings();
  const snapshot = useReviewSnapshot(settings, deckId ? [deckId] : undefined);
  const current = snapshot?.current ?? null;
  const notice = useAppStore((s) => s.notice);
  const actions = useReviewActions(current, settings);

  useReviewKeys({
    isRevealed: actions.isRevealed,
    onReveal: actions.reveal,
    onRate: actions.rate,
    onUndo: actions.undo,
  });

  if (!snapshot) return <p role="status">Loading today's cards…</p>;

  return (
    <>
      <h1>Review</h1>
      <QueueCounts counts={snapshot.counts} />
      <p role="status" className="meta">
        {notice}
      </p>
      {current ? (
        <>
          <QuestionPanel card={current.card} />
          {actions.isRevealed ? (
            <AnswerPanel card={current.card}>
              <RatingButtons
                previews={current.previews}
                isBusy={actions.isBusy}
                onRate={actions.rate}
              />
            </AnswerPanel>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="primary"
                aria-keyshortcuts="Space Enter"
                onClick={actions.reveal}
              >
                Show answer
              </button>
            </div>
          )}
        </>
      ) : (
        <ReviewDone nextDueAt={snapshot.nextDueAt} />
      )}
      <div className="actions">
        <button type="button" aria-keyshortcuts="U Control+Z" onClick={actions.undo}>
          Undo
        </button>
      </div>
    </>
  );
}
