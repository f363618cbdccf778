import { default_w, forgetting_curve } from 'ts-fsrs';
import { isNew } from '../card-state';
import type { ScheduleRow } from './types';

const dayMs = 86_400_000;

/**
 * FSRS's predicted chance of recalling the card at `at` (0 to 1). A card never rated has no
 * memory to predict, so it counts as 0: for readiness, an unseen card is not known.
 */
export function retrievabilityAt(
  row: Pick<ScheduleRow, 'state' | 'stability' | 'lastReview'> | null,
  at: number,
  weights: readonly number[] | null,
): number {
  if (row === null || isNew(row.state) || row.lastReview === null || !(row.stability > 0)) return 0;
  const elapsedDays = Math.max(0, (at - row.lastReview) / dayMs);
  return forgetting_curve(weights ?? default_w, elapsedDays, row.stability);
}
