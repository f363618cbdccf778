import { describe, expect, it } from 'vitest';
import { startMockSession, updateCurrentAnswer } from '../../../src/domain/quiz/mock-session';
import { summarizeMockSession } from '../../../src/domain/quiz/mock-summary';
import { compileBuiltInBank } from './built-in-bank';

const cards = compileBuiltInBank().cards.slice(0, 3);
const byId = new Map(cards.map((card) => [card.id, card]));

describe('summarizeMockSession', () => {
  it('pairs each answer given with its card, its key-term coverage and a suggested rating', () => {
    let session = startMockSession({ id: 's', cards, secondsPerQuestion: 120, now: 0 });
    session = updateCurrentAnswer(session, { text: cards[0]?.answer ?? '' });
    const summary = summarizeMockSession(session, byId);
    expect(summary.map((item) => item.card.id)).toEqual(cards.map((card) => card.id));
    expect(summary[0]?.coverage.ratio).toBeGreaterThanOrEqual(0.8);
    expect(summary[0]?.suggested).toBeGreaterThanOrEqual(3);
    expect(summary[1]).toMatchObject({ suggested: 1, coverage: { covered: 0 } });
    expect(summary[1]?.answer.text).toBe('');
  });

  it('leaves out a question whose card no longer exists', () => {
    const session = startMockSession({ id: 's', cards, secondsPerQuestion: 120, now: 0 });
    const withoutFirst = new Map([...byId].slice(1));
    expect(summarizeMockSession(session, withoutFirst)).toHaveLength(2);
  });
});
