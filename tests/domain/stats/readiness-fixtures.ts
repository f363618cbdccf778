import { State } from '../../../src/domain/card-state';
import type { ScheduleRow } from '../../../src/domain/scheduler/types';
import type { ReadinessCard, ReadinessInput } from '../../../src/domain/stats/readiness';

export const DAY = 86_400_000;
/** The interview: 2027-01-15 at noon UTC. */
export const AT = Date.UTC(2027, 0, 15, 12);

export function card(
  id: string,
  deckId: string,
  overrides: Partial<ReadinessCard> = {},
): ReadinessCard {
  return {
    id,
    deckId,
    tags: [],
    question: `Question ${id}?`,
    number: null,
    position: 0,
    status: 'active',
    ...overrides,
  };
}

/** A reviewed card: stability in days, last reviewed `daysBefore` the interview. */
export function row(cardId: string, stability: number, daysBefore: number): ScheduleRow {
  return {
    cardId,
    deckId: cardId.slice(0, 1),
    due: AT,
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: State.Review,
    lastReview: AT - daysBefore * DAY,
    buriedUntil: null,
  };
}

export function input(overrides: Partial<ReadinessInput>): ReadinessInput {
  return {
    decks: [
      { id: 'a', title: 'Alpha' },
      { id: 'b', title: 'Beta' },
    ],
    cards: [],
    schedule: [],
    at: AT,
    weights: null,
    desiredRetention: 0.9,
    ...overrides,
  };
}
