import type { DeckTitle } from '../../../src/domain/browse/browse-catalog';
import type { SearchableCard } from '../../../src/domain/browse/browse-types';
import { State } from '../../../src/domain/card-state';
import type { ScheduleRow } from '../../../src/domain/scheduler/types';

export const NOW = Date.UTC(2026, 2, 10, 9);
export const DAY = 86_400_000;

export const decks: DeckTitle[] = [
  { id: 'algo', title: 'Algorithms' },
  { id: 'web', title: 'Web' },
];

export function makeCard(
  id: string,
  overrides: Partial<SearchableCard> & Pick<SearchableCard, 'deckId' | 'position'>,
): SearchableCard {
  return {
    id,
    number: null,
    question: `Question ${id}?`,
    answer: 'An answer.',
    sections: [],
    tags: [],
    ...overrides,
  };
}

/** Web cards listed before Algorithms ones, so browse order has to come from the deck order. */
export const cards: SearchableCard[] = [
  makeCard('web/put-patch', {
    deckId: 'web',
    position: 1,
    question: 'What is the difference between PUT and PATCH?',
    answer: 'PUT replaces the whole resource and is idempotent; PATCH changes part of it.',
    tags: ['http', 'rest'],
  }),
  makeCard('web/cors', {
    deckId: 'web',
    position: 0,
    question: 'How does CORS work?',
    answer: 'The browser asks the server which origins may read a response.',
    sections: [{ title: 'Concepts', markdown: '- **Preflight** is an OPTIONS request.' }],
    tags: ['http', 'security'],
  }),
  makeCard('web/cache', {
    deckId: 'web',
    position: 2,
    question: 'What does Cache-Control do?',
    answer: 'It tells caches how long a response stays fresh.',
    sections: [{ title: 'Example', markdown: '```http\nCache-Control: max-age=60\n```' }],
    tags: ['http', 'caching'],
  }),
  makeCard('algo/heap', {
    deckId: 'algo',
    position: 0,
    question: 'What is a binary heap?',
    answer: 'A complete tree where every parent is ordered before its children.',
    tags: ['trees'],
  }),
  makeCard('algo/cafe', {
    deckId: 'algo',
    position: 1,
    question: 'Why is the café problem 10 times harder than problem 9?',
    answer: 'Because an idempotent retry is not enough.',
    sections: [{ title: 'Concepts', markdown: 'Retries must be idempotent, like PUT.' }],
    tags: ['trees', 'retries'],
  }),
];

export function makeRow(cardId: string, overrides: Partial<ScheduleRow> = {}): ScheduleRow {
  return {
    cardId,
    deckId: cardId.split('/')[0] ?? '',
    due: NOW + DAY,
    stability: 5,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: 5,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: State.Review,
    lastReview: NOW - DAY,
    buriedUntil: null,
    ...overrides,
  };
}
