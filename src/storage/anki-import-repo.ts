// Writes an Anki package's decks, statuses, history and images in one transaction
// (docs/architecture.md, "Anki packages"): the decks through the import upsert, the reviews
// through the review log as a union by id (as a merged backup's), each card that gained
// reviews rescheduled by a replay of all its reviews.
import type { AnkiCardExtras, AnkiImport } from '../domain/anki/anki-types';
import type { MediaProblem } from '../domain/media';
import { buryCard } from '../domain/scheduler/card-actions';
import { groupReviewsByCard } from '../domain/scheduler/group-reviews';
import { replayHistory } from '../domain/scheduler/replay-history';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import type { ReviewRow, ScheduleRow, SchedulerSettings } from '../domain/scheduler/types';
import { replayMerged } from './backup-merge';
import { type CardRow, toCardRow, toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { type DeckUpsert, type ImportHooks, upsertDecks } from './import-repo';
import { mediaTables, putMediaFiles } from './media-repo';
import { addReviews, moveReviewsToCard, reviewLogTables } from './review-log';
import { getSchedulerSettings } from './settings-repo';

export type AnkiWriteOptions = {
  now: number;
  /** Minutes behind UTC (Date#getTimezoneOffset): a buried card waits for the next study day. */
  tzOffsetMinutes: number;
  hooks?: ImportHooks;
};

export type AnkiWriteSummary = {
  decks: DeckUpsert[];
  /** Reviews this import added: none when the same package is imported again. */
  newReviews: number;
  /** Cards whose schedule was rebuilt from their reviews. */
  rescheduledCards: number;
  /** Images left out, each named (not an allowed image, too large). */
  mediaProblems: MediaProblem[];
};

export function ankiImportTables(db: DrillbookDb) {
  return [db.decks, db.cards, db.schedule, db.settings, ...reviewLogTables(db), ...mediaTables(db)];
}

/** Every deck, review and status of one package, or nothing. */
export async function importAnkiPackage(
  db: DrillbookDb,
  data: AnkiImport,
  options: AnkiWriteOptions,
): Promise<AnkiWriteSummary> {
  // The scope is an async function: Dexie keeps the transaction alive across its awaits.
  return db.transaction('rw', ankiImportTables(db), async () =>
    writeAnkiPackage(db, data, options),
  );
}

/** The writes of importAnkiPackage, inside the caller's transaction on ankiImportTables. */
export async function writeAnkiPackage(
  db: DrillbookDb,
  data: AnkiImport,
  options: AnkiWriteOptions,
): Promise<AnkiWriteSummary> {
  const decks = await upsertDecks(db, data.decks, {
    source: 'import',
    now: options.now,
    hooks: options.hooks ?? {},
  });
  const settings = await getSchedulerSettings(db, defaultSchedulerSettings);
  const added = await addNewHistory(db, data.extras, settings);
  const touched = data.extras.filter(
    (extra) => added.cardIds.has(extra.cardId) || extra.isSuspended || extra.isBuried,
  );
  await rewriteCards(db, touched, added.cardIds, settings, options);
  const media = await putMediaFiles(db, data.media, { now: options.now });
  return {
    decks,
    newReviews: added.count,
    rescheduledCards: added.cardIds.size,
    mediaProblems: media.problems,
  };
}

/** Adds the reviews not stored yet; returns how many and the cards they belong to. */
async function addNewHistory(
  db: DrillbookDb,
  extras: readonly AnkiCardExtras[],
  settings: SchedulerSettings,
): Promise<{ count: number; cardIds: Set<string> }> {
  const withHistory = extras.filter((extra) => extra.history.length > 0);
  const ids = withHistory.flatMap((extra) => extra.history.map((event) => event.id));
  const found = ids.length === 0 ? [] : await db.reviews.bulkGet(ids);
  const storedOn = new Map(
    found.flatMap((row) => (row === undefined ? [] : [[row.id, row.cardId]])),
  );
  const stored = new Set(storedOn.keys());
  const rows: ReviewRow[] = [];
  const cardIds = new Set<string>();
  for (const extra of withHistory) {
    if (await moveHistoryHere(db, extra, storedOn)) cardIds.add(extra.cardId);
    if (extra.history.every((event) => stored.has(event.id))) continue;
    const { reviews } = replayHistory(extra.cardId, extra.deckId, extra.history, settings);
    rows.push(...reviews.filter((review) => !stored.has(review.id)));
    cardIds.add(extra.cardId);
  }
  await addReviews(db, rows);
  return { count: rows.length, cardIds };
}

/**
 * A card moved to another Anki deck has a new id here: the reviews stored under its old id
 * move to it. True when any did.
 */
async function moveHistoryHere(
  db: DrillbookDb,
  extra: AnkiCardExtras,
  storedOn: ReadonlyMap<string, string>,
): Promise<boolean> {
  const movedFrom = new Set(
    extra.history.flatMap((event) => {
      const cardId = storedOn.get(event.id);
      return cardId === undefined || cardId === extra.cardId ? [] : [cardId];
    }),
  );
  for (const from of movedFrom) await moveReviewsToCard(db, from, extra.cardId);
  return movedFrom.size > 0;
}

/** Replays the cards that gained reviews, then applies Anki's suspensions and burials. */
async function rewriteCards(
  db: DrillbookDb,
  extras: readonly AnkiCardExtras[],
  replayed: ReadonlySet<string>,
  settings: SchedulerSettings,
  options: AnkiWriteOptions,
): Promise<void> {
  if (extras.length === 0) return;
  const ids = extras.map((extra) => extra.cardId);
  const cards = await db.cards.bulkGet(ids);
  const schedules = await db.schedule.bulkGet(ids);
  const reviews =
    replayed.size === 0
      ? []
      : await db.reviews
          .where('cardId')
          .anyOf([...replayed])
          .toArray();
  const reviewsByCard = groupReviewsByCard(reviews);
  const cardRows: CardRow[] = [];
  const scheduleRows: ScheduleRow[] = [];
  const emptied: string[] = [];
  for (const [i, extra] of extras.entries()) {
    const card = cards[i];
    if (card === undefined) continue;
    const history = replayed.has(extra.cardId) ? (reviewsByCard.get(extra.cardId) ?? []) : null;
    const schedule = toImportedSchedule(card, schedules[i], history, extra, settings, options);
    if (schedule === undefined) emptied.push(card.id);
    else scheduleRows.push(schedule);
    const status = extra.isSuspended && card.status === 'active' ? 'suspended' : card.status;
    cardRows.push(toCardRow({ ...toStoredCard(card), status }, schedule));
  }
  if (scheduleRows.length > 0) await db.schedule.bulkPut(scheduleRows);
  if (emptied.length > 0) await db.schedule.bulkDelete(emptied);
  await db.cards.bulkPut(cardRows);
}

/**
 * A card's schedule after the import: a replay of all its reviews when it gained some
 * (`history`; null when it gained none), buried until the next study day when Anki buried it.
 */
function toImportedSchedule(
  card: CardRow,
  stored: ScheduleRow | undefined,
  history: readonly ReviewRow[] | null,
  extra: AnkiCardExtras,
  settings: SchedulerSettings,
  { now, tzOffsetMinutes }: AnkiWriteOptions,
): ScheduleRow | undefined {
  const schedule =
    history === null ? stored : replayMerged(toStoredCard(card), history, stored, settings);
  if (!extra.isBuried) return schedule;
  return buryCard(
    schedule ?? null,
    card.id,
    card.deckId,
    now,
    settings.dayStartHour,
    tzOffsetMinutes,
  );
}
