import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../../src/domain/compiler/slugify';

describe('slugify', () => {
  it('lowercases and joins words with single hyphens', () => {
    expect(slugify('Difference between PUT vs PATCH with real backend use-cases.')).toBe(
      'difference-between-put-vs-patch-with-real-backend-use-cases',
    );
    expect(slugify('  What is   `this`?!  ')).toBe('what-is-this');
  });

  it('folds accents and special letters to ASCII', () => {
    expect(slugify('Crème brûlée à la façon de Łódź')).toBe('creme-brulee-a-la-facon-de-lodz');
    expect(slugify('Straße, Æther, Øresund')).toBe('strasse-aether-oresund');
  });

  it('gives an empty slug for text without letters or digits', () => {
    expect(slugify('什么是闭包？')).toBe('');
    expect(slugify('!!! ---')).toBe('');
  });

  it('bounds the length, cutting at a word when it can', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('word')).toBe(true);
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });

  it('always returns a bounded slug of lowercase ASCII, digits and inner hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(slugify(slug)).toBe(slug);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
