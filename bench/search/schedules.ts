// Schedule rows for a generated collection: about half the cards rated, at every stage of
// learning, due from a month ago to two months ahead; one card in twenty suspended.
import type { SearchableCard } from '../../src/domain/browse/browse-types';
import type { CardState, ScheduleRow } from '../../src/domain/scheduler/types';
import type { Random } from '../browser/random';

const day = 86_400_000;

export type GeneratedSchedules = { rows: ScheduleRow[]; suspendedIds: string[] };

export function generateSchedules(
  cards: readonly SearchableCard[],
  random: Random,
  now: number,
): GeneratedSchedules {
  const rows: ScheduleRow[] = [];
  const suspendedIds: string[] = [];
  for (const card of cards) {
    if (random() < 0.05) suspendedIds.push(card.id);
    if (random() >= 0.5) continue;
    const draw = random();
    const state: CardState = draw < 0.1 ? 1 : draw < 0.15 ? 3 : 2;
    const stability = state === 2 ? 1 + random() * 60 : random();
    const lastReview = now - Math.floor(random() * 40 * day);
    rows.push({
      cardId: card.id,
      deckId: card.deckId,
      due: lastReview + Math.floor(stability * day),
      stability,
      difficulty: 1 + random() * 9,
      elapsedDays: Math.floor(random() * 30),
      scheduledDays: Math.floor(stability),
      learningSteps: 0,
      reps: 1 + Math.floor(random() * 12),
      lapses: Math.floor(random() * 3),
      state,
      lastReview,
      buriedUntil: null,
    });
  }
  return { rows, suspendedIds };
}
