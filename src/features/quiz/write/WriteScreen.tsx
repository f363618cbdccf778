import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { QuestionPanel } from '../../../components/card/QuestionPanel';
import { QueueCounts } from '../../../components/card/QueueCounts';
import { ReviewDone } from '../../../components/card/ReviewDone';
import { useReviewActions } from '../../../components/card/use-review-actions';
import { useReviewKeys } from '../../../components/card/use-review-keys';
import { ModePicker } from '../../../components/ModePicker';
import { useReviewSession } from '../../../data/review-session/use-review-session';
import { useSchedulerSettings } from '../../../data/services/use-scheduler-settings';
import { useAppStore } from '../../../stores/app-store';
import { AnswerBox } from './AnswerBox';
import { WriteReveal } from './WriteReveal';

type Draft = { cardId: string | null; text: string };

/** Today's queue, answered in writing first; the rating feeds FSRS with mode `write`. */
export function WriteScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const settings = useSchedulerSettings();
  const { snapshot, controller } = useReviewSession(
    settings,
    deckId ? [deckId] : undefined,
    useAppStore((s) => s.showAlert),
  );
  const current = snapshot?.current ?? null;
  const actions = useReviewActions(current, controller, 'write');
  const [draft, setDraft] = useState<Draft>({ cardId: null, text: '' });
  const cardId = current?.card.id ?? null;
  const typed = draft.cardId === cardId ? draft.text : '';

  useReviewKeys({
    isRevealed: actions.isRevealed,
    onReveal: actions.reveal,
    onRate: actions.rate,
    onUndo: actions.undo,
  });

  if (!snapshot) return <p role="status">Loading today's cards…</p>;

  return (
    <>
      <h1>Write</h1>
      <ModePicker deckId={deckId} />
      <QueueCounts counts={snapshot.counts} />
      <p role="status" className="meta">
        {actions.notice}
      </p>
      {current ? (
        <>
          <QuestionPanel card={current.card} />
          {actions.isRevealed ? (
            <WriteReveal
              shown={current}
              typed={typed}
              isBusy={actions.isBusy}
              onRate={actions.rate}
            />
          ) : (
            <AnswerBox
              questionKey={current.card.id}
              value={typed}
              onChange={(text) => setDraft({ cardId, text })}
              onSubmit={actions.reveal}
            />
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
