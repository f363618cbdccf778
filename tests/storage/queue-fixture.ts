import { State } from '../../src/domain/card-state';
import type { ScheduleRow } from '../../src/domain/scheduler/types';
import { syncDecks } from '../../src/storage/bank-sync';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { saveScheduleRow } from '../../src/storage/schedule-repo';
import { buildDeck } from '../domain/deck-sync/sample-bank';
import { DAY, DAY_END, DAY_START, makeReview, makeScheduleRow, NOW } from './test-db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function buildSpecs(prefix: string) {
  return Array.from({ length: 7 }, (_, i) => ({
    slug: String(i),
    question: `${prefix} question ${i}`,
    answer: `${prefix} answer ${i}`,
  }));
}

/**
 * Two decks in a known state at NOW. Deck "a" (title Alpha): 0 learning due, 1 relearning
 * due in 5 minutes, 2 overdue review, 3 review due late today, 4 review due tomorrow, 5-6 new.
 * Deck "b" (title Beta): 0 overdue but buried until tomorrow, 1 overdue but suspended,
 * 2 removed from the file, 3 new but buried, 4 reset to new, 5-6 new.
 */
export async function seedQueueFixture(db: DrillbookDb): Promise<void> {
  const beta = buildDeck(buildSpecs('Beta'), 'b');
  const alpha = buildDeck(buildSpecs('Alpha'), 'a');
  await syncDecks(
    db,
    [
      { ...beta, deck: { ...beta.deck, title: 'Beta' } },
      { ...alpha, deck: { ...alpha.deck, title: 'Alpha' } },
    ],
    'import',
    NOW - 30 * DAY,
  );
  const rows: ScheduleRow[] = [
    makeScheduleRow('a/0', 'a', { state: State.Learning, due: NOW - MINUTE }),
    makeScheduleRow('a/1', 'a', { state: State.Relearning, due: NOW + 5 * MINUTE }),
    makeScheduleRow('a/2', 'a', { state: State.Review, due: NOW - DAY }),
    makeScheduleRow('a/3', 'a', { state: State.Review, due: DAY_END - 1 }),
    makeScheduleRow('a/4', 'a', { state: State.Review, due: DAY_END + HOUR }),
    makeScheduleRow('b/0', 'b', { state: State.Review, due: NOW - 2 * DAY, buriedUntil: DAY_END }),
    makeScheduleRow('b/1', 'b', { state: State.Review, due: NOW - HOUR }),
    makeScheduleRow('b/2', 'b', { state: State.Review, due: NOW - HOUR }),
    makeScheduleRow('b/3', 'b', { state: State.New, reps: 0, due: NOW, buriedUntil: DAY_END }),
    makeScheduleRow('b/4', 'b', { state: State.New, reps: 0, due: NOW - HOUR }),
  ];
  for (const row of rows) await saveScheduleRow(db, row);
  await setCardStatus(db, 'b/1', 'suspended');
  await setCardStatus(db, 'b/2', 'removed');
  await db.reviews.bulkAdd([
    makeReview(null, { cardId: 'a/0', deckId: 'a' }, DAY_START + HOUR),
    makeReview(null, { cardId: 'b/4', deckId: 'b' }, DAY_START + 2 * HOUR),
    makeReview(null, { cardId: 'a/2', deckId: 'a' }, DAY_START - 1),
  ]);
}

export { HOUR, MINUTE };
