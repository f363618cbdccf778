import type { BrowsePage, BrowseQuery } from '../../domain/browse/browse-types';
import type { DeckRow } from '../../domain/card-types';
import {
  buryCardUntilNextDay,
  type CardDetail,
  loadCardDetail,
  resetCardToNew,
  watchBrowseTables,
} from '../../storage/browse-repo';
import { setCardStatus } from '../../storage/card-repo';
import { listDecks } from '../../storage/deck-repo';
import { listCardTags } from '../../storage/quiz-repo';
import type { SearchRequest } from '../../workers/search-messages';
import { readClock, readTimezoneOffset } from '../services/clock';
import { getDatabase } from '../services/database';
import { getAppSearchClient } from '../services/search';

export type { CardDetail };
export type BrowseOptions = { decks: DeckRow[]; tags: string[] };

/** A card with its schedule and history; null if there is no such card. */
async function cardDetail({ cardId }: { cardId: string }): Promise<CardDetail | null> {
  return await loadCardDetail(getDatabase(), cardId);
}

/** The decks and tags Browse's filters offer. */
async function browseOptions(): Promise<BrowseOptions> {
  const db = getDatabase();
  const [decks, tags] = await Promise.all([listDecks(db), listCardTags(db)]);
  return { decks, tags };
}

/**
 * Reads what a search depends on, so that a live query of it runs again when that changes. Each
 * run resolves to a new object, so a screen sees every change, even one that keeps the counts.
 */
async function browseChanges(): Promise<{ rowCount: number }> {
  return { rowCount: await watchBrowseTables(getDatabase()) };
}

async function suspendCard({ cardId }: { cardId: string }): Promise<void> {
  await setCardStatus(getDatabase(), cardId, 'suspended');
}

async function unsuspendCard({ cardId }: { cardId: string }): Promise<void> {
  await setCardStatus(getDatabase(), cardId, 'active');
}

/** Buries a card until the next study day; resolves to until when, or null if it is gone. */
async function buryCard({
  cardId,
  dayStartHour,
}: {
  cardId: string;
  dayStartHour: number;
}): Promise<number | null> {
  const now = readClock();
  const row = await buryCardUntilNextDay(getDatabase(), {
    cardId,
    now,
    dayStartHour,
    tzOffsetMinutes: readTimezoneOffset(now),
  });
  return row?.buriedUntil ?? null;
}

/** Makes a card new again (undoable); resolves to false when it already was. */
async function resetCard({ cardId }: { cardId: string }): Promise<boolean> {
  const review = await resetCardToNew(getDatabase(), {
    cardId,
    now: readClock(),
    reviewId: crypto.randomUUID(),
  });
  return review !== null;
}

/** One page of a search, answered by the search worker on fresh data. */
async function searchPage(request: SearchRequest & { isStale: boolean }): Promise<BrowsePage> {
  const client = getAppSearchClient();
  if (request.isStale) await client.refresh();
  return await client.searchPage(request);
}

/** Every card id a search finds, in its order (to cram the whole result). */
async function resultIds({ query }: { query: BrowseQuery }): Promise<string[]> {
  return await getAppSearchClient().listIds(query);
}

export const queries = { cardDetail, browseOptions, browseChanges, searchPage, resultIds };
export const commands = { suspendCard, unsuspendCard, buryCard, resetCard };
