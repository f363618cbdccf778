// A fixed collection for the stats bench: 10,000 cards in 10 decks and 1,000,000 reviews over
// two years, in time order as the reviewedAt index returns them.
import type { ReviewMode, ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import type { ReviewFact } from '../../src/domain/stats/daily-tally';
import type { DeckCardCount } from '../../src/domain/stats/deck-progress';

export const benchNow = Date.UTC(2026, 10, 26, 10);
export const benchClock = { now: benchNow, dayStartHour: 4, tzOffsetAt: () => -60 };
export const cardCount = 10_000;
export const deckCount = 10;
export const spanDays = 730;

const dayMs = 86_400_000;

export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const deckOf = (card: number) => `deck-${card % deckCount}`;
const cardIdOf = (card: number) => `${deckOf(card)}/question-${card}`;

/** `count` reviews spread evenly over the last two years, with a learner's mix of answers. */
export function generateReviewFacts(count: number, random: Random): ReviewFact[] {
  const first = benchNow - spanDays * dayMs;
  const step = (spanDays * dayMs) / count;
  const facts: ReviewFact[] = [];
  for (let i = 0; i < count; i += 1) {
    facts.push({
      reviewedAt: Math.floor(first + i * step + random() * step),
      rating: pickRating(random()),
      state: pickState(random()),
      mode: pickMode(random()),
    });
  }
  return facts;
}

/** Whole review rows (about 600 bytes each, as the app stores them) for the facts. */
export function toReviewRows(
  facts: readonly ReviewFact[],
  random: Random,
  offset = 0,
): ReviewRow[] {
  return facts.map((fact, i) => {
    const card = Math.floor(random() * cardCount);
    const before = createScheduleRow(card, fact.state, fact.reviewedAt, random);
    return {
      id: `review-${String(offset + i).padStart(8, '0')}`,
      cardId: before.cardId,
      deckId: before.deckId,
      ...fact,
      durationMs: 4000 + Math.floor(random() * 20_000),
      due: before.due,
      stability: before.stability,
      difficulty: before.difficulty,
      elapsedDays: before.elapsedDays,
      lastElapsedDays: before.elapsedDays,
      scheduledDays: before.scheduledDays,
      learningSteps: 0,
      before: fact.state === 0 ? null : before,
    };
  });
}

/** A schedule row for 9 cards in 10; the last tenth of each deck is still new. */
export function generateScheduleRows(random: Random): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  for (let card = 0; card < cardCount; card += 1) {
    if (card >= cardCount * 0.9) continue;
    const draw = random();
    const state = draw < 0.05 ? 1 : draw < 0.08 ? 3 : 2;
    rows.push(createScheduleRow(card, state, benchNow - random() * 30 * dayMs, random));
  }
  return rows;
}

export function generateDeckCounts(): DeckCardCount[] {
  return Array.from({ length: deckCount }, (_, i) => ({
    deckId: `deck-${i}`,
    title: `Deck ${i}`,
    cards: cardCount / deckCount,
  }));
}

function createScheduleRow(
  card: number,
  state: ScheduleRow['state'],
  lastReview: number,
  random: Random,
): ScheduleRow {
  const scheduledDays = state === 2 ? 1 + Math.floor(random() * 90) : 0;
  return {
    cardId: cardIdOf(card),
    deckId: deckOf(card),
    due: Math.floor(lastReview + (scheduledDays || 0.01) * dayMs),
    stability: scheduledDays * 1.1 + 0.5,
    difficulty: 1 + random() * 9,
    elapsedDays: Math.floor(random() * 30),
    scheduledDays,
    learningSteps: 0,
    reps: 1 + Math.floor(random() * 20),
    lapses: Math.floor(random() * 3),
    state,
    lastReview: Math.floor(lastReview),
    buriedUntil: null,
  };
}

function pickRating(draw: number): ReviewFact['rating'] {
  if (draw < 0.001) return 0;
  return draw < 0.12 ? 1 : draw < 0.2 ? 2 : draw < 0.92 ? 3 : 4;
}

function pickState(draw: number): ReviewFact['state'] {
  return draw < 0.1 ? 0 : draw < 0.2 ? 1 : draw < 0.25 ? 3 : 2;
}

function pickMode(draw: number): ReviewMode {
  return draw < 0.03 ? 'choice' : draw < 0.05 ? 'cram' : draw < 0.07 ? 'write' : 'review';
}
