import type { Rating, ReviewMode } from '../../../domain/scheduler/types';
import { recordPractice } from '../../../storage/quiz-repo';
import { describeStorageError } from '../../../storage/storage-errors';
import { useAppStore } from '../../../stores/app-store';
import { readClock } from '../../../stores/clock';
import { getDatabase } from '../../../stores/database';

type PracticeAnswer = {
  card: { id: string; deckId: string };
  rating: Rating;
  mode: ReviewMode;
  shownAt: number;
};

/** Saves a practice answer in the background; a failure shows the app's alert, never a crash. */
export function savePracticeAnswer({ card, rating, mode, shownAt }: PracticeAnswer): void {
  const now = readClock();
  recordPractice(getDatabase(), {
    cardId: card.id,
    deckId: card.deckId,
    rating,
    mode,
    now,
    durationMs: Math.max(0, now - shownAt),
    reviewId: crypto.randomUUID(),
  }).catch((error: unknown) => {
    useAppStore.getState().showAlert(describeStorageError(error));
  });
}
