import type { BrowseCatalog } from './browse-catalog';
import { matchesBrowseFilter, readBrowseState, readRetrievability } from './browse-filter';
import { sortRanks } from './browse-sort';
import type { BrowseFilter, BrowseHit, BrowsePage, BrowseQuery } from './browse-types';
import { searchCardIndex } from './card-search';

/** A query's result: every matching card's rank, in the order asked for. */
export type BrowseMatches = {
  ranks: number[];
  ignoredWords: string[];
  /** How many cards the text search covered, when the index is not complete; else null. */
  searchedCards: number | null;
};

/** Text search, then the filter, then the sort: the whole result, as ranks. */
export function runBrowseQuery(catalog: BrowseCatalog, query: BrowseQuery): BrowseMatches {
  const cardCount = catalog.cards.length;
  const isWanted = hasBrowseFilter(query.filter) ? createFilterCache(catalog, query) : undefined;
  const { scores, ignoredWords } = searchCardIndex(
    catalog.index,
    query.text,
    catalog.scratch,
    isWanted,
  );
  const kept: number[] = [];
  for (let rank = 0; rank < cardCount; rank += 1) {
    if (scores !== null && !((scores[rank] ?? 0) > 0)) continue;
    if (isWanted !== undefined && !isWanted(rank)) continue;
    kept.push(rank);
  }
  const context = { now: query.now, weights: query.weights };
  const ranks = sortRanks(catalog, kept, query.sort, { ...context, scores });
  const indexed = catalog.index.documentCount;
  const searchedCards = scores !== null && indexed < cardCount ? indexed : null;
  return { ranks, ignoredWords, searchedCards };
}

/** One page of the result, with each card's state and memory figures worked out. */
export function toBrowsePage(
  catalog: BrowseCatalog,
  matches: BrowseMatches,
  query: Pick<BrowseQuery, 'now' | 'weights'>,
  pageIndex: number,
  pageSize: number,
): BrowsePage {
  const total = matches.ranks.length;
  const pageCount = countPages(total, pageSize);
  const index = Math.min(Math.max(0, Math.floor(pageIndex)), pageCount - 1);
  const start = index * pageSize;
  const hits = matches.ranks
    .slice(start, start + pageSize)
    .flatMap((rank) => toBrowseHit(catalog, rank, query) ?? []);
  return {
    total,
    pageIndex: index,
    pageCount,
    hits,
    ignoredWords: matches.ignoredWords,
    searchedCards: matches.searchedCards,
  };
}

/** How many pages `total` cards fill; an empty result is one empty page. */
export function countPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The ids of every matching card, in result order (for cramming the result). */
export function listMatchIds(catalog: BrowseCatalog, matches: BrowseMatches): string[] {
  return matches.ranks.flatMap((rank) => catalog.cards[rank]?.id ?? []);
}

function toBrowseHit(
  catalog: BrowseCatalog,
  rank: number,
  query: Pick<BrowseQuery, 'now' | 'weights'>,
): BrowseHit | null {
  const card = catalog.cards[rank];
  if (card === undefined) return null;
  const schedule = catalog.schedules[rank] ?? null;
  return {
    ...card,
    state: readBrowseState(schedule, catalog.isSuspended[rank] === 1),
    schedule,
    retrievability: readRetrievability(schedule, query.now, query.weights),
    isBuried: schedule?.buriedUntil != null && schedule.buriedUntil > query.now,
  };
}

const unknown = 0;
const wanted = 1;
const unwanted = 2;

/** The filter, worked out once per card: text search asks again for every word and field. */
function createFilterCache(catalog: BrowseCatalog, query: BrowseQuery): (rank: number) => boolean {
  const { decisions } = catalog.scratch;
  decisions.fill(unknown);
  const context = { now: query.now, weights: query.weights };
  return (rank) => {
    if (decisions[rank] === unknown) {
      const isMatch = matchesBrowseFilter(catalog, rank, query.filter, context);
      decisions[rank] = isMatch ? wanted : unwanted;
    }
    return decisions[rank] === wanted;
  };
}

export function hasBrowseFilter(filter: BrowseFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}
