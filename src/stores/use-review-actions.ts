import { useEffect, useRef, useState } from 'react';
import type { Rating, ReviewMode } from '../domain/scheduler/types';
import { describeStorageError } from '../storage/storage-errors';
import { useAppStore } from './app-store';
import { readClock } from './clock';
import type { ShownCard } from './review-session';
import type { ReviewController } from './use-review-session';

export type ReviewActions = {
  isRevealed: boolean;
  isBusy: boolean;
  reveal: () => void;
  rate: (rating: Rating) => void;
  undo: () => void;
};

/** Reveal, rate and undo for the card on screen; one write at a time, failures shown, nothing lost. */
export function useReviewActions(
  current: ShownCard | null,
  controller: ReviewController,
  mode: ReviewMode = 'review',
): ReviewActions {
  const cardId = current?.card.id ?? null;
  const { showCard, revealAnswer, setNotice, showAlert } = useAppStore.getState();
  const revealedCardId = useAppStore((s) => s.revealedCardId);
  const isRevealed = cardId !== null && revealedCardId === cardId;
  const [isBusy, setBusy] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    if (cardId) showCard(cardId, readClock());
  }, [cardId, showCard]);

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
    if (cardId) revealAnswer(cardId);
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
        durationMs: Math.max(0, now - useAppStore.getState().shownAt),
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

  return { isRevealed, isBusy, reveal, rate, undo };
}
