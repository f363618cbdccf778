import { useEffect, useRef, useState } from 'react';
import type { ShownCard } from '../../data/review-session/review-session';
import type { ReviewController } from '../../data/review-session/use-review-session';
import { readClock } from '../../data/services/clock';
import { describeStorageError } from '../../data/services/errors';
import type { Rating, ReviewMode } from '../../domain/scheduler/types';
import { useAppStore } from '../../stores/app-store';

export type ReviewActions = {
  isRevealed: boolean;
  isBusy: boolean;
  /** A short status line ("Last rating undone.", "Already rated in another tab"). */
  notice: string | null;
  reveal: () => void;
  rate: (rating: Rating) => void;
  undo: () => void;
};

/**
 * Reveal, rate and undo for the card on screen; one write at a time, failures shown, nothing
 * lost. What is revealed, since when the card shows and the notice belong to the screen that
 * calls this hook: they end with it, so another screen showing the same card starts unrevealed.
 */
export function useReviewActions(
  current: ShownCard | null,
  controller: ReviewController,
  mode: ReviewMode = 'review',
): ReviewActions {
  const cardId = current?.card.id ?? null;
  const { showAlert } = useAppStore.getState();
  // Keyed by card id, so a card that changes under us is never shown revealed.
  const [revealedCardId, setRevealedCardId] = useState<string | null>(null);
  const isRevealed = cardId !== null && revealedCardId === cardId;
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const busy = useRef(false);
  const shown = useRef<{ cardId: string | null; at: number }>({ cardId: null, at: 0 });

  useEffect(() => {
    if (cardId === null || shown.current.cardId === cardId) return;
    shown.current = { cardId, at: readClock() };
    setRevealedCardId(null);
  }, [cardId]);

  const runExclusive = async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      showAlert(describeStorageError(error));
    } finally {
      busy.current = false;
      setBusy(false);
    }
  };

  const reveal = () => {
    if (cardId) setRevealedCardId(cardId);
  };

  const rate = (rating: Rating) => {
    if (!current || !isRevealed) return;
    void runExclusive(async () => {
      const now = readClock();
      const outcome = await controller.rate({
        shown: current,
        rating,
        mode,
        now,
        durationMs: Math.max(0, now - shown.current.at),
        reviewId: crypto.randomUUID(),
      });
      setNotice(
        outcome === 'saved'
          ? null
          : 'That card was already rated in another tab; here is the next one.',
      );
    });
  };

  const undo = () => {
    void runExclusive(async () => {
      const restored = await controller.undo();
      setNotice(restored ? 'Last rating undone.' : 'Nothing to undo.');
    });
  };

  return { isRevealed, isBusy, notice, reveal, rate, undo };
}
