import { describe, expect, it } from 'vitest';
import type { BrowsePage } from '../../../src/domain/browse/browse-types';
import { describeBrowseStatus } from '../../../src/features/browse/browse-status';

function pageOf(total: number, searchedCards: number | null, ignoredWords: string[] = []) {
  return {
    total,
    pageIndex: 0,
    pageCount: 1,
    hits: [],
    ignoredWords,
    searchedCards,
  } satisfies BrowsePage;
}

describe('Browse status line', () => {
  it('gives the count alone when the search covered every card', () => {
    const status = { phase: 'ready', cardCount: 100_000 } as const;
    expect(describeBrowseStatus(pageOf(1234, null), status, null)).toBe('1,234 cards.');
  });

  it('says a search made while indexing covered only part of the collection', () => {
    const status = { phase: 'indexing', indexed: 2400, total: 100_000 } as const;
    expect(describeBrowseStatus(pageOf(12, 2000, ['the']), status, null)).toBe(
      '12 cards. Searched 2,000 of 100,000 cards so far. Too common to search: the.',
    );
  });

  it('still says so for a partial result shown after indexing ended, until it is searched again', () => {
    const status = { phase: 'ready', cardCount: 100_000 } as const;
    expect(describeBrowseStatus(pageOf(0, 2000), status, null)).toBe(
      'No cards match. Searched the first 2,000 cards.',
    );
  });
});
