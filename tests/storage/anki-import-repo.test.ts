import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convertAnkiPackage } from '../../src/domain/anki/anki-convert';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { replayReviews } from '../../src/domain/scheduler/replay';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { Rating, ScheduleRow } from '../../src/domain/scheduler/types';
import { countReviewDays } from '../../src/domain/stats/review-days';
import { importAnkiPackage } from '../../src/storage/anki-import-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { readAnkiPackage } from '../../src/workers/anki/anki-reader';
import {
  BASIC,
  buildAnkiPackage,
  loadSqlJs,
  type TestNote,
  type TestRevlog,
} from '../support/anki-package';
import { PNG_2X1, SVG_WITH_SCRIPT } from '../support/media-samples';
import { createTestDatabase, DAY } from './test-db';

const T0 = Date.UTC(2025, 0, 6, 9);
const NOW = Date.UTC(2025, 2, 1, 9);
const FIVE_RATINGS: Rating[] = [3, 3, 2, 3, 4];
const FIVE_DAYS = [0, 1, 4, 12, 30];

function note(guid: string, revlog: TestRevlog[], queue = 0): TestNote {
  return {
    guid,
    notetype: BASIC,
    fields: [`Question ${guid}`, `Answer ${guid}`],
    deck: 'History',
    cards: [{ ord: 0, queue, revlog }],
  };
}

const FIVE_REVIEWS: TestRevlog[] = FIVE_RATINGS.map((ease, i) => ({
  at: T0 + (FIVE_DAYS[i] ?? 0) * DAY,
  ease,
  type: i === 0 ? 0 : 1,
}));

async function importPackage(db: DrillbookDb, notes: TestNote[]) {
  const bytes = await buildAnkiPackage({ version: 'anki21b', notes });
  const data = convertAnkiPackage(await readAnkiPackage(bytes, await loadSqlJs()), 'h.apkg');
  return importAnkiPackage(db, data, { now: NOW, tzOffsetMinutes: 0 });
}

/** The state rating the card five times in Drillbook gives. */
function rateFiveTimes(cardId: string, deckId: string): ScheduleRow | null {
  let row: ScheduleRow | null = null;
  FIVE_RATINGS.forEach((rating, i) => {
    row = rateCard({
      before: row,
      cardId,
      deckId,
      rating,
      now: T0 + (FIVE_DAYS[i] ?? 0) * DAY,
      reviewId: `r${i}`,
      mode: 'review',
      durationMs: 0,
      settings: defaultSchedulerSettings,
    }).schedule;
  });
  return row;
}

describe('importAnkiPackage', () => {
  it('gives a card with five Anki reviews the due date that rating those five times gives', async () => {
    const db = createTestDatabase();
    const summary = await importPackage(db, [note('five', FIVE_REVIEWS)]);
    expect(summary.newReviews).toBe(5);
    const [card] = await db.cards.toArray();
    if (card === undefined) throw new Error('no card');
    const schedule = await db.schedule.get(card.id);
    const expected = rateFiveTimes(card.id, card.deckId);
    expect(schedule?.due).toBe(expected?.due);
    expect(schedule).toEqual({ ...expected, buriedUntil: null });
    const reviews = await db.reviews.where('cardId').equals(card.id).toArray();
    expect(reviews.map((review) => review.id).sort()).toEqual(
      FIVE_REVIEWS.map((entry) => `anki:five:0:${entry.at}`).sort(),
    );
    expect(replayReviews(card.id, card.deckId, reviews, defaultSchedulerSettings)).toEqual(
      expected,
    );
    expect(card.newQueuePosition).toBeUndefined();
    // Written through the review log: the per-day aggregates count the five.
    expect(await db.reviewDays.toArray()).toEqual(countReviewDays(reviews));
  });

  it('adds nothing twice when the same package is imported again', async () => {
    const db = createTestDatabase();
    await importPackage(db, [note('five', FIVE_REVIEWS)]);
    const before = { reviews: await db.reviews.count(), schedule: await db.schedule.toArray() };
    const again = await importPackage(db, [note('five', FIVE_REVIEWS)]);
    expect(again.newReviews).toBe(0);
    expect(again.decks[0]?.isSkipped).toBe(true);
    expect(await db.reviews.count()).toBe(before.reviews);
    expect(await db.schedule.toArray()).toEqual(before.schedule);
    expect(await db.cards.count()).toBe(1);
  });

  it('adds only the new reviews of a later export and replays the whole history', async () => {
    const db = createTestDatabase();
    await importPackage(db, [note('five', FIVE_REVIEWS.slice(0, 3))]);
    const later = await importPackage(db, [note('five', FIVE_REVIEWS)]);
    expect(later.newReviews).toBe(2);
    const [card] = await db.cards.toArray();
    if (card === undefined) throw new Error('no card');
    expect((await db.schedule.get(card.id))?.due).toBe(rateFiveTimes(card.id, card.deckId)?.due);
  });

  it('moves the history of a card that moved to another Anki deck', async () => {
    const db = createTestDatabase();
    await importPackage(db, [note('five', FIVE_REVIEWS)]);
    const moved = await importPackage(db, [{ ...note('five', FIVE_REVIEWS), deck: 'Elsewhere' }]);
    expect(moved.newReviews).toBe(0);
    const card = (await db.cards.toArray()).find((row) => row.deckId === 'anki-elsewhere');
    if (card === undefined) throw new Error('no moved card');
    expect(await db.reviews.where('cardId').equals(card.id).count()).toBe(5);
    expect((await db.schedule.get(card.id))?.due).toBe(rateFiveTimes(card.id, card.deckId)?.due);
  });

  it('skips cramming and restarts the history at a reset', async () => {
    const db = createTestDatabase();
    const resetAt = T0 + 40 * DAY;
    await importPackage(db, [
      note('cram', [
        ...FIVE_REVIEWS,
        { at: T0 + 35 * DAY, ease: 1, type: 3, factor: 0 },
        { at: resetAt, ease: 0, type: 4, factor: 0 },
        { at: resetAt + DAY, ease: 3, type: 0 },
      ]),
    ]);
    const [card] = await db.cards.toArray();
    if (card === undefined) throw new Error('no card');
    expect(await db.reviews.count()).toBe(7);
    const schedule = await db.schedule.get(card.id);
    const fresh = rateCard({
      before: null,
      cardId: card.id,
      deckId: card.deckId,
      rating: 3,
      now: resetAt + DAY,
      reviewId: 'x',
      mode: 'review',
      durationMs: 0,
      settings: defaultSchedulerSettings,
    }).schedule;
    expect(schedule).toEqual(fresh);
    expect(schedule?.reps).toBe(1);
  });

  it('keeps suspended cards suspended and buried ones hidden until the next study day', async () => {
    const db = createTestDatabase();
    await importPackage(db, [note('sus', [], -1), note('bur', [], -2), note('new', [])]);
    const cards = await db.cards.toArray();
    const byGuid = (guid: string) => cards.find((card) => card.question === `Question ${guid}`);
    expect(byGuid('sus')?.status).toBe('suspended');
    expect(byGuid('new')?.status).toBe('active');
    const buried = await db.schedule.get(byGuid('bur')?.id ?? '');
    expect(buried?.buriedUntil).toBe(Date.UTC(2025, 2, 2, 4));
    expect(await db.schedule.get(byGuid('new')?.id ?? '')).toBeUndefined();
  });

  it('stores the images cards show, under a hash of their bytes, in the same transaction', async () => {
    const db = createTestDatabase();
    const bytes = await buildAnkiPackage({
      version: 'anki21b',
      notes: [
        {
          guid: 'img',
          notetype: BASIC,
          fields: ['Which chart? <img src="chart.png" alt="chart">', 'Bars'],
          deck: 'Pictures',
        },
      ],
      media: {
        'chart.png': PNG_2X1,
        'unused.png': PNG_2X1.slice(0, 12),
        'drawing.svg': SVG_WITH_SCRIPT,
      },
    });
    const data = convertAnkiPackage(await readAnkiPackage(bytes, await loadSqlJs()), 'p.apkg');
    const summary = await importAnkiPackage(db, data, { now: NOW, tzOffsetMinutes: 0 });
    const key = `${createHash('sha256').update(PNG_2X1).digest('hex')}.png`;
    expect(summary.mediaProblems).toEqual([]);
    expect((await db.media.toArray()).map((row) => [row.key, row.type, row.size])).toEqual([
      [key, 'image/png', PNG_2X1.length],
    ]);
    const [card] = await db.cards.toArray();
    expect(card?.question).toBe('Which chart?');
    expect(card?.prompt).toBe(`Which chart? ![chart](media:${key})`);
  });
});
