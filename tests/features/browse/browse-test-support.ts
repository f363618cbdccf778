import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { rateCard } from '../../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { Rating } from '../../../src/domain/scheduler/types';
import type { DrillbookDb } from '../../../src/storage/db';
import { saveRating } from '../../../src/storage/schedule-repo';
import { useAppStore } from '../../../src/stores/app-store';

// Live queries over fake-indexeddb can take more than a second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

export function resetBrowseState(): void {
  useAppStore.setState({ cramCardIds: null, alert: null });
}

/** Rates a card as the review screen would, at `now`. */
export async function rateInDatabase(
  db: DrillbookDb,
  cardId: string,
  rating: Rating,
  now: number,
): Promise<void> {
  const before = (await db.schedule.get(cardId)) ?? null;
  const rated = rateCard({
    before,
    cardId,
    deckId: cardId.split('/')[0] ?? '',
    rating,
    now,
    reviewId: `review-${cardId}-${now}`,
    mode: 'review',
    durationMs: 7000,
    settings: defaultSchedulerSettings,
  });
  await saveRating(db, { ...rated, expectedBefore: before });
}
