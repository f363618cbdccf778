import type { ScheduleRow } from '../domain/scheduler/types';
import { addDayRowsToTally, createDailyTally, type DailyTally } from '../domain/stats/daily-tally';
import type { DeckCardCount } from '../domain/stats/deck-progress';
import { toAggregateDay } from '../domain/stats/review-days';
import { buildStatsReport, planStatsSpan, type StatsReport } from '../domain/stats/stats-report';
import type { StudyDayClock, StudyDays } from '../domain/stats/study-days';
import type { DrillbookDb } from './db';
import { compareDecks } from './queue-filters';
import { type BuildProgress, buildReviewDays } from './review-days-build';

export type StatsListeners = {
  /**
   * Called while the review aggregates are built (once, after the upgrade to database
   * version 4): `done` reviews counted of `total`.
   */
  onProgress?: BuildProgress;
};

export type ScheduleFacts = {
  /** Rows of the cards that can be shown: not suspended, not removed. */
  dueCards: ScheduleRow[];
  /** Rows of the visible cards: active or suspended. */
  progressCards: ScheduleRow[];
  decks: DeckCardCount[];
};

/**
 * Every figure of the Stats screen, read from the database as of `clock.now`: the history from
 * the per-day aggregates (a year is a few hundred rows, whatever the log holds), built first
 * if the upgrade left them to build.
 */
export async function loadStatsReport(
  db: DrillbookDb,
  clock: StudyDayClock,
  listeners: StatsListeners = {},
): Promise<StatsReport> {
  await buildReviewDays(db, { onProgress: listeners.onProgress });
  const span = planStatsSpan(clock);
  const tables = [db.decks, db.cards, db.schedule, db.reviewDays];
  const [facts, tally] = await db.transaction('r', tables, () =>
    Promise.all([readScheduleFacts(db), readReviewTally(db, span.history)]),
  );
  return buildStatsReport({ ...facts, tally, forecastDays: span.forecast });
}

/** The tally of `days`, from the day rows that cover them. */
export async function readReviewTally(db: DrillbookDb, days: StudyDays): Promise<DailyTally> {
  const tally = createDailyTally(days);
  const first = days.starts[0];
  const end = days.starts[days.starts.length - 1];
  if (first === undefined || end === undefined || end <= first) return tally;
  const rows = await db.reviewDays
    .where('day')
    .between(toAggregateDay(first), toAggregateDay(end - 1), true, true)
    .toArray();
  addDayRowsToTally(tally, rows);
  return tally;
}

/** Schedule rows and deck sizes, read in one transaction so they agree with each other. */
export async function readScheduleFacts(db: DrillbookDb): Promise<ScheduleFacts> {
  return db.transaction('r', [db.decks, db.cards, db.schedule], async () => {
    // One equals() range per status: anyOf() walks the index with a cursor.
    const [decks, suspended, removed, schedule] = await Promise.all([
      db.decks.toArray(),
      db.cards.where('status').equals('suspended').primaryKeys(),
      db.cards.where('status').equals('removed').toArray(),
      db.schedule.toArray(),
    ]);
    const suspendedIds = new Set(suspended);
    const removedIds = new Set(removed.map((card) => card.id));
    const progressCards = schedule.filter((row) => !removedIds.has(row.cardId));
    const sorted = decks.sort(compareDecks);
    const removedByDeck = new Map<string, number>();
    for (const card of removed) {
      removedByDeck.set(card.deckId, (removedByDeck.get(card.deckId) ?? 0) + 1);
    }
    // Index counts: the rows of the cards still in use (with their answers) are never read.
    const totals = await Promise.all(
      sorted.map((deck) => db.cards.where('deckId').equals(deck.id).count()),
    );
    return {
      dueCards: progressCards.filter((row) => !suspendedIds.has(row.cardId)),
      progressCards,
      decks: sorted.map((deck, i) => ({
        deckId: deck.id,
        title: deck.title,
        cards: (totals[i] ?? 0) - (removedByDeck.get(deck.id) ?? 0),
      })),
    };
  });
}

/**
 * Reads nothing the Stats screen shows, only counts of the tables its figures come from (the
 * review aggregates and the schedule): run as a live query, it runs again when a review lands
 * or a card is rescheduled, in this tab or another.
 */
export async function watchStatsSources(db: DrillbookDb): Promise<void> {
  await db.transaction('r', [db.reviewDays, db.schedule], () =>
    Promise.all([db.reviewDays.count(), db.schedule.count()]),
  );
}
