import { isNew, isReview } from '../card-state';
import { retrievabilityAt } from '../scheduler/retrievability';
import type { ScheduleRow } from '../scheduler/types';
import type { BrowseCatalog } from './browse-catalog';
import type { BrowseFilter, BrowseState } from './browse-types';

export function readBrowseState(row: ScheduleRow | null, isSuspended: boolean): BrowseState {
  if (isSuspended) return 'suspended';
  if (row === null || isNew(row.state)) return 'new';
  return isReview(row.state) ? 'review' : 'learning';
}

/** Whether the card has been rated since it was last new: only then has it a memory state. */
export function isRated(row: ScheduleRow | null): row is ScheduleRow {
  return row !== null && !isNew(row.state) && row.lastReview !== null;
}

/** Predicted recall now; null for a card never rated (there is nothing to predict). */
export function readRetrievability(
  row: ScheduleRow | null,
  now: number,
  weights: readonly number[] | null,
): number | null {
  return isRated(row) ? retrievabilityAt(row, now, weights) : null;
}

export type FilterContext = { now: number; weights: readonly number[] | null };

/** Whether the card at `rank` passes every part of the filter that is set. */
export function matchesBrowseFilter(
  catalog: BrowseCatalog,
  rank: number,
  filter: BrowseFilter,
  context: FilterContext,
): boolean {
  const card = catalog.cards[rank];
  if (card === undefined) return false;
  if (filter.deckId !== null && card.deckId !== filter.deckId) return false;
  if (filter.tag !== null && !card.tags.includes(filter.tag)) return false;
  const row = catalog.schedules[rank] ?? null;
  if (
    filter.state !== null &&
    readBrowseState(row, catalog.isSuspended[rank] === 1) !== filter.state
  )
    return false;
  if (filter.dueBefore !== null && !(isRated(row) && row.due < filter.dueBefore)) return false;
  if (filter.retrievabilityBelow !== null) {
    const r = readRetrievability(row, context.now, context.weights);
    if (r === null || r >= filter.retrievabilityBelow) return false;
  }
  return true;
}
