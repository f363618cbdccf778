import { isNew } from '../card-state';
import type { DeckRow, StoredCard } from '../card-types';
import { groupReviewsByCard } from './group-reviews';
import { isPracticeMode } from './rate-card';
import { replayReviews } from './replay';
import type { ReviewRow, ScheduleRow, SchedulerSettings } from './types';

export type CheckInput = {
  deckIds: readonly string[];
  cards: readonly Pick<StoredCard, 'id' | 'deckId' | 'previousIds'>[];
  schedule: readonly ScheduleRow[];
  reviews: readonly ReviewRow[];
  settings: SchedulerSettings;
  now: number;
};

/** What Check database found, and the writes that repair it. */
export type DatabaseRepair = {
  /** Reviews of a card that exists under no id, not even a former one: deleted. */
  orphanReviewIds: string[];
  /** Schedule rows of no card: deleted. */
  orphanScheduleIds: string[];
  /** Decks made for cards whose deck was missing, so that no card and no review is lost. */
  recoveredDecks: DeckRow[];
  cardsWithoutDeck: number;
  /** Rows replayed from the card's reviews, and cards a replay leaves new (row deleted). */
  rebuiltRows: ScheduleRow[];
  resetCardIds: string[];
};

/**
 * Checks the tables against each other and against the review history, and plans the repair.
 * A stored state is judged against a replay of the card's reviews on what the history alone
 * decides (state, repetitions, lapses, last review): stability, difficulty and due also depend
 * on the parameters and retention of the day, which may have changed since.
 */
export function planDatabaseRepair(input: CheckInput): DatabaseRepair {
  const cardIds = new Set(input.cards.map((card) => card.id));
  const knownIds = new Set([...cardIds, ...input.cards.flatMap((card) => card.previousIds)]);
  const deckIds = new Set(input.deckIds);
  const missingDecks = new Map<string, number>();
  for (const card of input.cards) {
    if (!deckIds.has(card.deckId)) {
      missingDecks.set(card.deckId, (missingDecks.get(card.deckId) ?? 0) + 1);
    }
  }
  const reviewsByCard = groupReviewsByCard(input.reviews);
  const rebuiltRows: ScheduleRow[] = [];
  const resetCardIds: string[] = [];
  const stored = new Map(input.schedule.map((row) => [row.cardId, row]));
  for (const card of input.cards) {
    const row = stored.get(card.id) ?? null;
    const reviews = reviewsByCard.get(card.id) ?? [];
    if (row === null && !reviews.some((review) => !isPracticeMode(review.mode))) continue;
    const replayed = replayReviews(card.id, card.deckId, reviews, input.settings);
    if (isSameHistory(row, replayed)) continue;
    if (replayed === null) resetCardIds.push(card.id);
    else rebuiltRows.push({ ...replayed, buriedUntil: row?.buriedUntil ?? null });
  }
  return {
    orphanReviewIds: input.reviews
      .filter((review) => !knownIds.has(review.cardId))
      .map((review) => review.id),
    orphanScheduleIds: input.schedule
      .filter((row) => !cardIds.has(row.cardId))
      .map((row) => row.cardId),
    recoveredDecks: [...missingDecks.keys()].map((id) => makeRecoveredDeck(id, input.now)),
    cardsWithoutDeck: [...missingDecks.values()].reduce((sum, count) => sum + count, 0),
    rebuiltRows,
    resetCardIds,
  };
}

/** A new card may hold a row of its own (a bury); a replay that leaves it new agrees with it. */
function isSameHistory(row: ScheduleRow | null, replayed: ScheduleRow | null): boolean {
  if (replayed === null) return row === null || isNew(row.state);
  return (
    row !== null &&
    row.state === replayed.state &&
    row.reps === replayed.reps &&
    row.lapses === replayed.lapses &&
    row.lastReview === replayed.lastReview
  );
}

function makeRecoveredDeck(id: string, now: number): DeckRow {
  return {
    id,
    title: `Recovered deck (${id})`,
    description: 'Made by Check database for cards whose deck was missing.',
    tags: [],
    source: 'import',
    fileName: '',
    importedAt: now,
    contentHash: '',
  };
}

/** The report, in plain words with counts. */
export function describeDatabaseRepair(repair: DatabaseRepair): string[] {
  const lines: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (repair.orphanReviewIds.length > 0) {
    lines.push(
      `Found ${count(repair.orphanReviewIds.length, 'review of a card that no longer exists', 'reviews of cards that no longer exist')}: deleted.`,
    );
  }
  if (repair.orphanScheduleIds.length > 0) {
    lines.push(
      `Found ${count(repair.orphanScheduleIds.length, 'schedule row without a card', 'schedule rows without a card')}: deleted.`,
    );
  }
  if (repair.cardsWithoutDeck > 0) {
    const titles = repair.recoveredDecks.map((deck) => `"${deck.title}"`).join(', ');
    lines.push(
      `Found ${count(repair.cardsWithoutDeck, 'card whose deck was missing', 'cards whose deck was missing')}: moved into ${count(repair.recoveredDecks.length, 'new deck', 'new decks')}, ${titles}.`,
    );
  }
  const rebuilt = repair.rebuiltRows.length + repair.resetCardIds.length;
  if (rebuilt > 0) {
    lines.push(
      `Found ${count(rebuilt, 'card whose schedule did not match its review history', 'cards whose schedule did not match their review history')}: rebuilt from the reviews.`,
    );
  }
  return lines.length > 0 ? lines : ['Checked the database: no problems found.'];
}
