import type { MockAnswer } from '../../../domain/quiz/mock-session';
import { previewRatings } from '../../../domain/scheduler/preview';
import type { Rating, SchedulerSettings } from '../../../domain/scheduler/types';
import { getCardsById, getSchedulesById } from '../../../storage/quiz-repo';
import { readClock } from '../../../stores/clock';
import { getDatabase } from '../../../stores/database';
import { rateShownCard, type ShownCard } from '../../../stores/review-session';

export type RatableAnswer = { answer: MockAnswer; shown: ShownCard };

/** Each answered card as a review would show it: its schedule now, and what each rating would do. */
export async function loadRatableAnswers(
  answers: readonly MockAnswer[],
  settings: SchedulerSettings,
): Promise<RatableAnswer[]> {
  const db = getDatabase();
  const ids = answers.map((answer) => answer.cardId);
  const [cards, schedules] = await Promise.all([getCardsById(db, ids), getSchedulesById(db, ids)]);
  const now = readClock();
  return answers.flatMap((answer) => {
    const card = cards.get(answer.cardId);
    if (!card) return [];
    const schedule = schedules.get(answer.cardId) ?? null;
    return [
      { answer, shown: { card, schedule, previews: previewRatings(schedule, now, settings) } },
    ];
  });
}

/**
 * Feeds the chosen ratings to FSRS with mode `mock`, one card at a time. A card rated in
 * another tab meanwhile keeps that rating. Returns how many were saved.
 */
export async function saveMockRatings(
  items: readonly RatableAnswer[],
  ratings: ReadonlyMap<string, Rating>,
  settings: SchedulerSettings,
): Promise<number> {
  let saved = 0;
  for (const { answer, shown } of items) {
    const rating = ratings.get(answer.cardId);
    if (rating === undefined) continue;
    const outcome = await rateShownCard(getDatabase(), {
      shown,
      rating,
      mode: 'mock',
      now: readClock(),
      durationMs: answer.timeUsedMs,
      reviewId: crypto.randomUUID(),
      settings,
    });
    if (outcome === 'saved') saved += 1;
  }
  return saved;
}
