import { describe, expect, it } from 'vitest';
import { measureCoverage, suggestRating } from '../../../src/domain/quiz/coverage';
import type { KeyTerm } from '../../../src/domain/quiz/key-term-types';
import { extractKeyTerms } from '../../../src/domain/quiz/key-terms';
import { measureTermRarity } from '../../../src/domain/quiz/term-rarity';
import { compileBuiltInBank } from './built-in-bank';

function term(label: string, ...stems: string[]): KeyTerm {
  return { label, stems, source: 'answer' };
}

const terms = [
  term('DNS', 'dns'),
  term('TCP Connection', 'tcp', 'connection'),
  term('caching', 'cach'),
  term('queries', 'queri'),
  term('HTTP/2', 'http', '2'),
];

describe('measureCoverage', () => {
  it('forgives case, plurals and simple inflections, in any order', () => {
    const coverage = measureCoverage(
      terms,
      'The browser resolves dns, opens connections over TCP, and caches the query for later.',
    );
    expect(coverage.terms.map((t) => [t.term.label, t.isCovered])).toEqual([
      ['DNS', true],
      ['TCP Connection', true],
      ['caching', true],
      ['queries', true],
      ['HTTP/2', false],
    ]);
    expect(coverage).toMatchObject({ covered: 4, total: 5, ratio: 0.8 });
  });

  it('needs every word of a phrase, and numbers where a term has them', () => {
    const coverage = measureCoverage(terms, 'a TCP handshake, then HTTP/1.1');
    expect(coverage.covered).toBe(0);
    expect(measureCoverage(terms, 'http 2 multiplexes').terms[4]?.isCovered).toBe(true);
  });

  it('counts common equivalents: SSL for TLS, HTTPS for HTTP over TLS, a spelled-out acronym', () => {
    const named = [term('TLS', 'tls'), term('HTTPS', 'https'), term('CORS', 'cor')];
    const says = (typed: string) =>
      measureCoverage(named, typed).terms.map(({ term: t, isCovered }) => [t.label, isCovered]);
    expect(says('the SSL handshake')).toEqual([
      ['TLS', true],
      ['HTTPS', false],
      ['CORS', false],
    ]);
    expect(says('plain HTTP over TLS')).toEqual([
      ['TLS', true],
      ['HTTPS', true],
      ['CORS', false],
    ]);
    expect(says('HTTPS, and Cross-Origin Resource Sharing headers')).toEqual([
      ['TLS', true],
      ['HTTPS', true],
      ['CORS', true],
    ]);
  });

  it('weighs rare terms more, and gives half a phrase half its weight', () => {
    const weighted = [
      { ...term('TCP handshake', 'tcp', 'handshak'), weight: 3 },
      { ...term('server', 'server'), weight: 1 },
    ];
    expect(measureCoverage(weighted, 'the server').ratio).toBeCloseTo(0.25);
    expect(measureCoverage(weighted, 'over TCP').ratio).toBeCloseTo(0.375);
    expect(measureCoverage(weighted, 'TCP handshakes with the server').ratio).toBe(1);
  });

  it('covers nothing for an empty answer', () => {
    expect(measureCoverage(terms, '')).toMatchObject({ covered: 0, ratio: 0 });
  });
});

describe('suggestRating', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [2, 10, 2],
    [4, 10, 2],
    [5, 10, 3],
    [7, 10, 3],
    [8, 10, 4],
    [10, 10, 4],
  ] as const)('suggests for %i of %i terms rating %i', (covered, total, rating) => {
    expect(suggestRating({ ratio: covered / total, total })).toBe(rating);
  });

  it('suggests Good for a card without terms, where nothing can be measured', () => {
    expect(suggestRating({ ratio: 0, total: 0 })).toBe(3);
  });

  it('rates the interview answer itself Good or better on every card of the bank', () => {
    const { cards } = compileBuiltInBank();
    const rarity = measureTermRarity(cards);
    for (const card of cards) {
      const coverage = measureCoverage(extractKeyTerms(card, rarity), card.answer);
      expect(coverage.ratio, card.question).toBeGreaterThanOrEqual(0.8);
      expect(suggestRating(coverage)).toBeGreaterThanOrEqual(3);
    }
  });
});
