import { describe, expect, it } from 'vitest';
import { parseDeckLimits, setDeckLimit } from '../../../src/domain/settings/deck-limits';
import { parseTheme } from '../../../src/domain/settings/theme';

describe('parseDeckLimits', () => {
  it('keeps valid caps and drops what is not one (a hand-edited backup)', () => {
    const stored = {
      a: { newCardsPerDay: 5, maxReviewsPerDay: 50 },
      b: { newCardsPerDay: -1, maxReviewsPerDay: 2.5 },
      c: { newCardsPerDay: 'ten', maxReviewsPerDay: 0 },
      d: 'junk',
    };
    expect(parseDeckLimits(stored)).toEqual({
      a: { newCardsPerDay: 5, maxReviewsPerDay: 50 },
      c: { maxReviewsPerDay: 0 },
    });
  });

  it('reads anything that is not an object as no limits', () => {
    expect(parseDeckLimits(undefined)).toEqual({});
    expect(parseDeckLimits([1, 2])).toEqual({});
    expect(parseDeckLimits('a')).toEqual({});
  });
});

describe('setDeckLimit', () => {
  it('sets one cap and leaves the others', () => {
    const limits = { a: { newCardsPerDay: 5 }, b: { maxReviewsPerDay: 9 } };
    expect(setDeckLimit(limits, 'a', 'maxReviewsPerDay', 40)).toEqual({
      a: { newCardsPerDay: 5, maxReviewsPerDay: 40 },
      b: { maxReviewsPerDay: 9 },
    });
    expect(limits.a).toEqual({ newCardsPerDay: 5 });
  });

  it('removes a cap with null, and the deck once it has none left', () => {
    const limits = { a: { newCardsPerDay: 5, maxReviewsPerDay: 40 } };
    const fewer = setDeckLimit(limits, 'a', 'newCardsPerDay', null);
    expect(fewer).toEqual({ a: { maxReviewsPerDay: 40 } });
    expect(setDeckLimit(fewer, 'a', 'maxReviewsPerDay', null)).toEqual({});
  });

  it('keeps a cap of 0, which stops that kind of card for the deck', () => {
    expect(setDeckLimit({}, 'a', 'newCardsPerDay', 0)).toEqual({ a: { newCardsPerDay: 0 } });
  });
});

describe('parseTheme', () => {
  it('reads the three themes and follows the system for anything else', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('system')).toBe('system');
    expect(parseTheme('purple')).toBe('system');
    expect(parseTheme(null)).toBe('system');
  });
});
