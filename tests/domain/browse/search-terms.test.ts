import { describe, expect, it } from 'vitest';
import {
  normalizeSearchText,
  readSearchTerms,
  tokenizeSearchText,
  toSearchTerm,
} from '../../../src/domain/browse/search-terms';

describe('search terms', () => {
  it('splits words at anything but letters and digits, code included', () => {
    expect(tokenizeSearchText('node.js snake_case res.json() C++ 404').filter(Boolean)).toEqual([
      'node',
      'js',
      'snake',
      'case',
      'res',
      'json',
      'C',
      '404',
    ]);
  });

  it('finds words whatever their case or accents, and leaves out the commonest words', () => {
    expect(toSearchTerm('Idempotent')).toBe('idempotent');
    expect(toSearchTerm('Café')).toBe('cafe');
    expect(toSearchTerm('the')).toBeNull();
    expect(toSearchTerm('')).toBeNull();
  });

  it('reads a query into the words it searches and the ones it ignores, as typed', () => {
    expect(readSearchTerms('  What is the CAP   theorem? ')).toEqual({
      terms: ['cap', 'theorem'],
      ignoredWords: ['What', 'is', 'the'],
    });
    expect(readSearchTerms('?!')).toEqual({ terms: [], ignoredWords: [] });
  });

  it('normalizes compatibility characters and whitespace', () => {
    expect(normalizeSearchText('ｆｕｌｌ\twidth\n\n ')).toBe('full width');
  });
});
