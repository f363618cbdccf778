import type { ScheduleRow } from '../domain/scheduler/types';
import type { ReadinessCard, ReadinessDeck } from '../domain/stats/readiness';
import { parseInterviewDate } from '../domain/stats/readiness-date';
import type { DrillbookDb } from './db';
import { compareDecks } from './queue-filters';
import { getSetting, saveSetting } from './settings-repo';

const INTERVIEW_DATE_KEY = 'interviewDate';

export type ReadinessData = {
  /** By title, the order the app lists decks in. */
  decks: ReadinessDeck[];
  /** Active cards only, without their answers. */
  cards: ReadinessCard[];
  schedule: ScheduleRow[];
};

/** What readiness needs, read in one transaction so cards and schedule agree. */
export async function loadReadinessData(db: DrillbookDb): Promise<ReadinessData> {
  return db.transaction('r', [db.decks, db.cards, db.schedule], async () => {
    const [decks, cards, schedule] = await Promise.all([
      db.decks.toArray(),
      db.cards.where('status').equals('active').toArray(),
      db.schedule.toArray(),
    ]);
    return {
      decks: decks.sort(compareDecks).map(({ id, title }) => ({ id, title })),
      cards: cards.map(({ id, deckId, tags, question, number, position, status }) => ({
        id,
        deckId,
        tags,
        question,
        number,
        position,
        status,
      })),
      schedule,
    };
  });
}

/** The remembered interview date (`YYYY-MM-DD`), or null when none is set or it is malformed. */
export async function getInterviewDate(db: DrillbookDb): Promise<string | null> {
  return parseInterviewDate(await getSetting(db, INTERVIEW_DATE_KEY));
}

/** Remembers the interview date; null forgets it. Throws on anything but a real `YYYY-MM-DD` day. */
export async function saveInterviewDate(db: DrillbookDb, date: string | null): Promise<void> {
  if (date === null) {
    await db.settings.delete(INTERVIEW_DATE_KEY);
    return;
  }
  if (parseInterviewDate(date) === null) throw new RangeError(`Not a calendar date: ${date}`);
  await saveSetting(db, INTERVIEW_DATE_KEY, date);
}
