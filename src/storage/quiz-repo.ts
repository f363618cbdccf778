import type { StoredCard } from '../domain/card-types';
import { parseMockSession } from '../domain/quiz/mock-parse';
import type { MockSession } from '../domain/quiz/mock-session';
import {
  parseQuizChoice,
  type QuizChoiceMode,
  type QuizChoices,
} from '../domain/quiz/quiz-choices';
import { isPracticeMode, rateCard } from '../domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../domain/scheduler/settings';
import type { Rating, ReviewMode, ReviewRow, ScheduleRow } from '../domain/scheduler/types';
import { toStoredCard } from './card-row';
import type { DrillbookDb } from './db';
import { getOwnDeviceId } from './device-repo';
import { compareDecks } from './queue-filters';
import { addReviews, reviewLogTables } from './review-log';

const MOCK_SESSION_KEY = 'mockInterviewSession';

export type PracticeRecord = {
  cardId: string;
  deckId: string;
  rating: Rating;
  mode: ReviewMode;
  now: number;
  durationMs: number;
  reviewId: string;
};

/**
 * Records a practice answer (mode `choice` or `cram`) as a review row and nothing else: the
 * schedule table is not written, not even the placeholder row a never-rated card would get.
 */
export async function recordPractice(db: DrillbookDb, record: PracticeRecord): Promise<ReviewRow> {
  if (!isPracticeMode(record.mode)) {
    throw new TypeError(`Mode ${record.mode} changes the schedule; rate it as a review`);
  }
  return db.transaction('rw', [db.schedule, ...reviewLogTables(db)], async () => {
    const before = (await db.schedule.get(record.cardId)) ?? null;
    // Practice never reaches FSRS, so the settings are only there to satisfy rateCard.
    const rated = rateCard({ ...record, before, settings: defaultSchedulerSettings });
    const review = { ...rated.review, deviceId: await getOwnDeviceId(db) };
    await addReviews(db, [review]);
    return review;
  });
}

/** Active cards to quiz on: of the given decks, or of every deck; deck by deck, in file order. */
export async function listQuizCards(db: DrillbookDb, deckIds?: string[]): Promise<StoredCard[]> {
  return db.transaction('r', [db.decks, db.cards], async () => {
    const decks = (await db.decks.toArray()).sort(compareDecks);
    const wanted = deckIds === undefined ? null : new Set(deckIds);
    const order = decks.filter((deck) => wanted === null || wanted.has(deck.id));
    const perDeck = await Promise.all(
      order.map((deck) => db.cards.where('deckId').equals(deck.id).toArray()),
    );
    return perDeck.flatMap((rows) =>
      rows
        .filter((row) => row.status === 'active')
        .sort((a, b) => a.position - b.position)
        .map(toStoredCard),
    );
  });
}

/** Every tag that some card carries, sorted. */
export async function listCardTags(db: DrillbookDb): Promise<string[]> {
  const tags = await db.cards.orderBy('tags').uniqueKeys();
  return tags.filter((tag): tag is string => typeof tag === 'string').sort();
}

/** The cards of the given ids that still exist, by id. */
export async function getCardsById(
  db: DrillbookDb,
  ids: readonly string[],
): Promise<Map<string, StoredCard>> {
  const rows = await db.cards.bulkGet([...ids]);
  const found = new Map<string, StoredCard>();
  for (const row of rows) {
    if (row !== undefined) found.set(row.id, toStoredCard(row));
  }
  return found;
}

/** The schedule rows of the given cards, by card id; a card never rated has none. */
export async function getSchedulesById(
  db: DrillbookDb,
  ids: readonly string[],
): Promise<Map<string, ScheduleRow>> {
  const rows = await db.schedule.bulkGet([...ids]);
  return new Map(
    rows.filter((row): row is ScheduleRow => row !== undefined).map((row) => [row.cardId, row]),
  );
}

/** The unfinished mock interview, or null (none, or one too damaged to resume). */
export async function loadMockSession(db: DrillbookDb): Promise<MockSession | null> {
  return parseMockSession((await db.meta.get(MOCK_SESSION_KEY))?.value);
}

/** Kept in the meta table: one small row, rewritten as the interview goes. */
export async function saveMockSession(db: DrillbookDb, session: MockSession): Promise<void> {
  await db.meta.put({ key: MOCK_SESSION_KEY, value: session });
}

export async function clearMockSession(db: DrillbookDb): Promise<void> {
  await db.meta.delete(MOCK_SESSION_KEY);
}

const quizChoiceKey = (mode: QuizChoiceMode) => `quizChoice:${mode}`;

/** The setup a quiz mode was last started with, or null (none yet, or unreadable). */
export async function loadQuizChoice<M extends QuizChoiceMode>(
  db: DrillbookDb,
  mode: M,
): Promise<QuizChoices[M] | null> {
  return parseQuizChoice(mode, (await db.meta.get(quizChoiceKey(mode)))?.value);
}

export async function saveQuizChoice<M extends QuizChoiceMode>(
  db: DrillbookDb,
  mode: M,
  choice: QuizChoices[M],
): Promise<void> {
  await db.meta.put({ key: quizChoiceKey(mode), value: choice });
}
