import { useSearchParams } from 'wouter';
import { AnswerPanel } from '../../components/card/AnswerPanel';
import { QuestionPanel } from '../../components/card/QuestionPanel';
import { QueueCounts } from '../../components/card/QueueCounts';
import { RatingButtons } from '../../components/card/RatingButtons';
import { ReviewDone } from '../../components/card/ReviewDone';
import { useReviewActions } from '../../components/card/use-review-actions';
import { useReviewKeys } from '../../components/card/use-review-keys';
import { CardErrorBoundary } from '../../components/error-boundary/CardErrorBoundary';
import { ModePicker } from '../../components/ModePicker';
import { useReviewSession } from '../../data/review-session/use-review-session';
import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import { useAppStore } from '../../stores/app-store';

export function ReviewScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const settings = useSchedulerSettings();
  const { snapshot, controller } = useReviewSession(
    settings,
    deckId ? [deckId] : undefined,
    useAppStore((s) => s.showAlert),
  );
  const current = snapshot?.current ?? null;
  const actions = useReviewActions(current, controller);

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
      <ModePicker deckId={deckId} />
      <QueueCounts counts={snapshot.counts} />
      <p role="status" className="meta">
        {actions.notice}
      </p>
      {current ? (
        <CardErrorBoundary cardId={current.card.id}>
          <QuestionPanel card={current.card} deckTitle={current.deckTitle} />
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
        </CardErrorBoundary>
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
