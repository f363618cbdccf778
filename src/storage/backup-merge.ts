import { isNew } from '../domain/card-state';
import type { DeckRow, StoredCard } from '../domain/card-types';
import type { BackupData, BackupSetting } from '../domain/deck-import/backup-format';
import { sortBackupData } from '../domain/deck-import/backup-format';
import { groupReviewsByCard } from '../domain/scheduler/group-reviews';
import { replayReviews } from '../domain/scheduler/replay';
import type { ReviewRow, ScheduleRow, SchedulerSettings } from '../domain/scheduler/types';

export type MergeResult = { data: BackupData; newReviews: number; rebuiltCards: number };

type Side = 'local' | 'incoming';
type Sided<T> = { row: T; side: Side };

/**
 * Merges another device's backup into this device's data, with no server and no loss:
 * - reviews are a union by id, each exactly once;
 * - a card reviewed on both sides gets the state of a replay of its merged reviews; a card
 *   whose reviews all come from one side keeps that side's state;
 * - decks and cards come from the side that imported the deck last; a card reworded on one
 *   side (its old id in `previousIds`) takes the other side's history of its old id along;
 * - settings on this device win.
 */
export function mergeBackupData(
  local: BackupData,
  incoming: BackupData,
  settings: SchedulerSettings,
): MergeResult {
  const decks = mergeDecks(local.decks, incoming.decks);
  const picked = pickCards(local.cards, incoming.cards, decks.winner);
  const resolve = createAliasResolver(picked, local.cards, incoming.cards);
  const cards = picked.filter(({ row }) => resolve(row.id) === row.id).map(({ row }) => row);
  const localReviews = local.reviews.map((review) => moveReview(review, resolve));
  const incomingReviews = incoming.reviews.map((review) => moveReview(review, resolve));
  const localIds = new Set(localReviews.map((review) => review.id));
  const added = incomingReviews.filter((review) => !localIds.has(review.id));
  const reviews = [...localReviews, ...added];

  const schedule = rebuildSchedule(cards, {
    reviews,
    localIds,
    localRows: byCardId(local.schedule, resolve),
    incomingRows: byCardId(incoming.schedule, resolve),
    settings,
  });
  const data = sortBackupData({
    decks: decks.rows,
    cards,
    schedule: schedule.rows,
    reviews,
    settings: mergeSettings(local.settings, incoming.settings),
  });
  return { data, newReviews: added.length, rebuiltCards: schedule.rebuilt };
}

function mergeDecks(local: readonly DeckRow[], incoming: readonly DeckRow[]) {
  const merged = new Map<string, Sided<DeckRow>>();
  for (const row of local) merged.set(row.id, { row, side: 'local' });
  for (const row of incoming) {
    const current = merged.get(row.id);
    if (current === undefined || row.importedAt > current.row.importedAt) {
      merged.set(row.id, { row, side: 'incoming' });
    }
  }
  const winner = (deckId: string): Side | undefined => merged.get(deckId)?.side;
  return { rows: [...merged.values()].map(({ row }) => row), winner };
}

function pickCards(
  local: readonly StoredCard[],
  incoming: readonly StoredCard[],
  winner: (deckId: string) => Side | undefined,
): Sided<StoredCard>[] {
  const merged = new Map<string, Sided<StoredCard>>();
  for (const row of local) merged.set(row.id, { row, side: 'local' });
  for (const row of incoming) {
    const current = merged.get(row.id);
    if (current === undefined || winner(row.deckId) === 'incoming') {
      merged.set(row.id, { row, side: 'incoming' });
    }
  }
  return [...merged.values()];
}

/**
 * Maps an id to the card that holds its history now. A card's previous id is an alias only
 * when that id is no card on the card's own side: there the rename already happened.
 */
function createAliasResolver(
  picked: readonly Sided<StoredCard>[],
  local: readonly StoredCard[],
  incoming: readonly StoredCard[],
): (id: string) => string {
  const ids = {
    local: new Set(local.map((c) => c.id)),
    incoming: new Set(incoming.map((c) => c.id)),
  };
  const aliases = new Map<string, string>();
  for (const { row, side } of picked) {
    for (const previous of row.previousIds) {
      if (previous !== row.id && !ids[side].has(previous)) aliases.set(previous, row.id);
    }
  }
  return (id) => {
    let current = id;
    const seen = new Set<string>();
    for (
      let next = aliases.get(current);
      next !== undefined && !seen.has(next);
      next = aliases.get(current)
    ) {
      seen.add(current);
      current = next;
    }
    return current;
  };
}

function moveReview(review: ReviewRow, resolve: (id: string) => string): ReviewRow {
  const cardId = resolve(review.cardId);
  if (cardId === review.cardId) return review;
  const before = review.before === null ? null : { ...review.before, cardId };
  return { ...review, cardId, before };
}

function byCardId(rows: readonly ScheduleRow[], resolve: (id: string) => string) {
  const map = new Map<string, ScheduleRow>();
  for (const row of rows) map.set(resolve(row.cardId), row);
  return map;
}

type ScheduleInputs = {
  reviews: readonly ReviewRow[];
  localIds: ReadonlySet<string>;
  localRows: ReadonlyMap<string, ScheduleRow>;
  incomingRows: ReadonlyMap<string, ScheduleRow>;
  settings: SchedulerSettings;
};

function rebuildSchedule(cards: readonly StoredCard[], inputs: ScheduleInputs) {
  const reviewsByCard = groupReviewsByCard(inputs.reviews);
  let rebuilt = 0;
  const rows = cards.flatMap((card): ScheduleRow[] => {
    const reviews = reviewsByCard.get(card.id) ?? [];
    const local = inputs.localRows.get(card.id);
    const other = inputs.incomingRows.get(card.id);
    const localCount = reviews.filter((review) => inputs.localIds.has(review.id)).length;
    let row: ScheduleRow | undefined;
    if (localCount === reviews.length) row = local ?? (reviews.length === 0 ? other : undefined);
    else if (localCount === 0) row = other;
    else {
      rebuilt += 1;
      row = replayMerged(card, reviews, local ?? other, inputs.settings);
    }
    return row === undefined ? [] : [{ ...row, cardId: card.id, deckId: card.deckId }];
  });
  return { rows, rebuilt };
}

/** The replayed state; a bury carries over, and a card replayed back to new keeps only a bury. */
export function replayMerged(
  card: StoredCard,
  reviews: readonly ReviewRow[],
  previous: ScheduleRow | undefined,
  settings: SchedulerSettings,
): ScheduleRow | undefined {
  const replayed = replayReviews(card.id, card.deckId, reviews, settings);
  if (replayed !== null) return { ...replayed, buriedUntil: previous?.buriedUntil ?? null };
  return previous !== undefined && isNew(previous.state) ? previous : undefined;
}

/** This device's settings win; the backup's fill in the keys this device lacks. */
export function mergeSettings(local: readonly BackupSetting[], incoming: readonly BackupSetting[]) {
  const keys = new Set(local.map((setting) => setting.key));
  return [...local, ...incoming.filter((setting) => !keys.has(setting.key))];
}
