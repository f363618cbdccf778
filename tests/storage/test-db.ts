import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { State } from '../../src/domain/card-state';
import type { CardState, Rating, ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { createDatabase, type DatabaseDeps, type DrillbookDb } from '../../src/storage/db';

export const FAKE_IDB: DatabaseDeps = { indexedDB, IDBKeyRange };

let databaseCount = 0;

/** A unique name, so every test starts from an empty database. */
export function makeDatabaseName(): string {
  databaseCount += 1;
  return `drillbook-test-${process.pid}-${databaseCount}`;
}

export function createTestDatabase(name = makeDatabaseName()): DrillbookDb {
  return createDatabase(name, FAKE_IDB);
}

export const DAY = 24 * 60 * 60 * 1000;
/** 2026-03-10 09:00 UTC; the study day started at 04:00. */
export const NOW = Date.UTC(2026, 2, 10, 9);
export const DAY_START = Date.UTC(2026, 2, 10, 4);
export const DAY_END = DAY_START + DAY;

export function makeScheduleRow(
  cardId: string,
  deckId: string,
  overrides: Partial<ScheduleRow> = {},
): ScheduleRow {
  return {
    cardId,
    deckId,
    due: NOW - 60_000,
    stability: 3.2,
    difficulty: 5.1,
    elapsedDays: 2,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: State.Review,
    lastReview: NOW - 3 * DAY,
    buriedUntil: null,
    ...overrides,
  };
}

let reviewCount = 0;

export function makeReview(
  before: ScheduleRow | null,
  after: { cardId: string; deckId: string; state?: CardState },
  reviewedAt: number,
  rating: Rating = 3,
): ReviewRow {
  reviewCount += 1;
  return {
    id: `review-${String(reviewCount).padStart(6, '0')}`,
    cardId: after.cardId,
    deckId: after.deckId,
    rating,
    mode: 'review',
    reviewedAt,
    durationMs: 4000,
    state: before?.state ?? 0,
    due: before?.due ?? reviewedAt,
    stability: before?.stability ?? 0,
    difficulty: before?.difficulty ?? 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    before,
  };
}
