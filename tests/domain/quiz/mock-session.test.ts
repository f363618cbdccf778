import { describe, expect, it } from 'vitest';
import { parseMockSession } from '../../../src/domain/quiz/mock-parse';
import {
  advanceMockSession,
  describeTimeAlert,
  formatCountdown,
  isMockFinished,
  selectMockCards,
  startMockSession,
  updateCurrentAnswer,
} from '../../../src/domain/quiz/mock-session';
import { createSeededRandom } from '../../../src/domain/quiz/random';

const cards = Array.from({ length: 12 }, (_, i) => ({
  id: `c${i}`,
  deckId: i < 8 ? 'net' : 'db',
  tags: i % 2 === 0 ? ['even'] : ['odd'],
}));

const now = Date.UTC(2026, 0, 15, 9, 0, 0);

describe('selectMockCards', () => {
  it('takes the asked number of different cards from the chosen decks, in seeded random order', () => {
    const picked = selectMockCards(
      cards,
      { deckIds: ['net'], tags: [], questionCount: 5 },
      createSeededRandom(42),
    );
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((c) => c.id)).size).toBe(5);
    expect(picked.every((c) => c.deckId === 'net')).toBe(true);
    const again = selectMockCards(
      cards,
      { deckIds: ['net'], tags: [], questionCount: 5 },
      createSeededRandom(42),
    );
    expect(again).toEqual(picked);
    expect(picked.map((c) => c.id)).not.toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('narrows by tags, and asks fewer questions when fewer cards qualify', () => {
    const picked = selectMockCards(
      cards,
      { deckIds: ['db'], tags: ['odd'], questionCount: 5 },
      createSeededRandom(1),
    );
    expect(picked.map((c) => c.id).sort()).toEqual(['c11', 'c9']);
    const everything = selectMockCards(
      cards,
      { deckIds: [], tags: [], questionCount: 50 },
      createSeededRandom(1),
    );
    expect(everything).toHaveLength(12);
  });
});

describe('a mock session', () => {
  it('keeps each answer and its time, moves question by question, and ends at the summary', () => {
    let session = startMockSession({
      id: 's1',
      cards: cards.slice(0, 2),
      secondsPerQuestion: 120,
      now,
    });
    session = updateCurrentAnswer(session, { text: 'first answer', timeUsedMs: 30_000 });
    session = advanceMockSession(session);
    expect(isMockFinished(session)).toBe(false);
    session = updateCurrentAnswer(session, { text: 'second' });
    session = advanceMockSession(session);
    expect(isMockFinished(session)).toBe(true);
    expect(advanceMockSession(session).current).toBe(2);
    expect(session.answers).toEqual([
      { cardId: 'c0', deckId: 'net', text: 'first answer', timeUsedMs: 30_000 },
      { cardId: 'c1', deckId: 'net', text: 'second', timeUsedMs: 0 },
    ]);
  });

  it('survives a round trip through storage, and damaged data is refused', () => {
    const session = startMockSession({ id: 's2', cards, secondsPerQuestion: 90, now });
    expect(parseMockSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
    expect(parseMockSession(undefined)).toBeNull();
    expect(parseMockSession({ ...session, current: 99 })).toBeNull();
    expect(parseMockSession({ ...session, answers: [] })).toBeNull();
    expect(parseMockSession({ ...session, answers: [{ cardId: 'x' }] })).toBeNull();
    expect(parseMockSession({ ...session, secondsPerQuestion: -1 })).toBeNull();
  });
});

describe('the countdown', () => {
  it('announces only at 30 seconds left and when time is up', () => {
    const limit = 120_000;
    expect(describeTimeAlert(120_000, limit)).toBe('');
    expect(describeTimeAlert(30_001, limit)).toBe('');
    expect(describeTimeAlert(30_000, limit)).toBe('30 seconds left');
    expect(describeTimeAlert(1, limit)).toBe('30 seconds left');
    expect(describeTimeAlert(0, limit)).toBe('Time is up');
    // A question shorter than the warning never hears it.
    expect(describeTimeAlert(20_000, 30_000)).toBe('');
  });

  it('shows m:ss, rounded up', () => {
    expect(formatCountdown(120_000)).toBe('2:00');
    expect(formatCountdown(119_001)).toBe('2:00');
    expect(formatCountdown(61_000)).toBe('1:01');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
