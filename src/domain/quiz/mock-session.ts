import type { CompiledCard } from '../card-types';
import { type RandomSource, shuffle } from './random';

export const DEFAULT_QUESTION_COUNT = 5;
export const DEFAULT_SECONDS_PER_QUESTION = 120;
/** Screen readers hear the time once, at this point, rather than every second. */
export const WARNING_SECONDS = 30;

export type MockSetup = {
  /** Empty: every deck. */
  deckIds: string[];
  /** Empty: any tag; otherwise a card needs at least one of them. */
  tags: string[];
  questionCount: number;
  secondsPerQuestion: number;
};

export type MockAnswer = {
  cardId: string;
  deckId: string;
  text: string;
  /** Time spent on the question so far; the clock stops while the page is closed. */
  timeUsedMs: number;
};

export type MockSession = {
  id: string;
  startedAt: number;
  secondsPerQuestion: number;
  /** One per question, in the order asked. */
  answers: MockAnswer[];
  /** The question on screen; equal to answers.length once the summary shows. */
  current: number;
};

export type MockCard = Pick<CompiledCard, 'id' | 'deckId' | 'tags'>;

/** The questions of a mock interview: cards of the chosen decks and tags, in random order. */
export function selectMockCards<C extends MockCard>(
  cards: readonly C[],
  setup: Pick<MockSetup, 'deckIds' | 'tags' | 'questionCount'>,
  random: RandomSource,
): C[] {
  const decks = new Set(setup.deckIds);
  const tags = new Set(setup.tags);
  const eligible = cards.filter(
    (card) =>
      (decks.size === 0 || decks.has(card.deckId)) &&
      (tags.size === 0 || card.tags.some((tag) => tags.has(tag))),
  );
  return shuffle(eligible, random).slice(0, Math.max(0, setup.questionCount));
}

export function startMockSession(input: {
  id: string;
  cards: readonly MockCard[];
  secondsPerQuestion: number;
  now: number;
}): MockSession {
  return {
    id: input.id,
    startedAt: input.now,
    secondsPerQuestion: input.secondsPerQuestion,
    answers: input.cards.map((card) => ({
      cardId: card.id,
      deckId: card.deckId,
      text: '',
      timeUsedMs: 0,
    })),
    current: 0,
  };
}

/** The question on screen with its answer so far and the time it has used. */
export function updateCurrentAnswer(
  session: MockSession,
  change: Partial<Pick<MockAnswer, 'text' | 'timeUsedMs'>>,
): MockSession {
  const answers = session.answers.map((answer, index) =>
    index === session.current ? { ...answer, ...change } : answer,
  );
  return { ...session, answers };
}

/** On to the next question, or to the summary after the last one. */
export function advanceMockSession(session: MockSession): MockSession {
  return { ...session, current: Math.min(session.current + 1, session.answers.length) };
}

export function isMockFinished(session: MockSession): boolean {
  return session.current >= session.answers.length;
}

export function getTimeLimitMs(session: Pick<MockSession, 'secondsPerQuestion'>): number {
  return session.secondsPerQuestion * 1000;
}

/** What the live region says: nothing, then once at 30 seconds left, then once at zero. */
export function describeTimeAlert(remainingMs: number, limitMs: number): string {
  if (remainingMs <= 0) return 'Time is up';
  const isWarning = limitMs > WARNING_SECONDS * 1000 && remainingMs <= WARNING_SECONDS * 1000;
  return isWarning ? `${WARNING_SECONDS} seconds left` : '';
}

/** m:ss, rounded up, so the clock shows 0:00 only when time is really up. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
