import { type BrowseCatalog, readQuestionRank } from './browse-catalog';
import { isRated, readRetrievability } from './browse-filter';
import type { BrowseSort, BrowseSortKey } from './browse-types';
import { sortRanksByKey } from './sort-by-key';

export type SortContext = {
  now: number;
  weights: readonly number[] | null;
  /** Text match scores by rank; null when there is no text query. */
  scores: Float64Array | null;
};

/**
 * Sorts ranks given in ascending order. Cards without a value (never rated, for the schedule
 * keys) come last in either direction; ties keep browse order. Relevance without a text query
 * is browse order whatever the direction. May return the same array.
 */
export function sortRanks(
  catalog: BrowseCatalog,
  ranks: number[],
  sort: BrowseSort,
  context: SortContext,
): number[] {
  const readKey = selectKeyReader(catalog, sort.key, context);
  if (readKey === null) {
    return sort.key === 'deck' && sort.direction === 'desc' ? ranks.reverse() : ranks;
  }
  return sortRanksByKey(ranks, readKey, sort.direction);
}

type KeyReader = (rank: number) => number | null;

function selectKeyReader(
  catalog: BrowseCatalog,
  key: BrowseSortKey,
  context: SortContext,
): KeyReader | null {
  const row = (rank: number) => {
    const schedule = catalog.schedules[rank] ?? null;
    return isRated(schedule) ? schedule : null;
  };
  switch (key) {
    case 'relevance': {
      const { scores } = context;
      return scores === null ? null : (rank) => scores[rank] ?? 0;
    }
    case 'deck':
      return null;
    case 'question': {
      const questionRank = readQuestionRank(catalog);
      return (rank) => questionRank[rank] ?? 0;
    }
    case 'due':
      return (rank) => row(rank)?.due ?? null;
    case 'retrievability':
      return (rank) =>
        readRetrievability(catalog.schedules[rank] ?? null, context.now, context.weights);
    case 'stability':
      return (rank) => row(rank)?.stability ?? null;
    case 'difficulty':
      return (rank) => row(rank)?.difficulty ?? null;
    case 'lastReview':
      return (rank) => row(rank)?.lastReview ?? null;
    case 'lapses':
      return (rank) => row(rank)?.lapses ?? null;
  }
}
