import type { KeyTerm } from '../../../../src/domain/quiz/key-term-types';
import type { Rating } from '../../../../src/domain/scheduler/types';
import { toAllStems } from './stem';

export type TermCoverage = { term: KeyTerm; isCovered: boolean };

export type Coverage = {
  terms: TermCoverage[];
  covered: number;
  total: number;
  /** covered / total, 0 when the card has no terms. */
  ratio: number;
};

/**
 * Which key terms a typed answer mentions. A term counts when every one of its stems occurs
 * somewhere in the answer, in any order, case and inflection: "resolves DNS" covers "DNS".
 */
export function measureCoverage(terms: readonly KeyTerm[], typed: string): Coverage {
  // Numbers and stop words are kept on this side: terms like "HTTP/2" or "200 OK" need them.
  const present = new Set(toAllStems(typed));
  const results = terms.map((term) => ({
    term,
    isCovered: term.stems.every((stem) => present.has(stem)),
  }));
  const covered = results.filter((result) => result.isCovered).length;
  return {
    terms: results,
    covered,
    total: terms.length,
    ratio: terms.length === 0 ? 0 : covered / terms.length,
  };
}

/**
 * The rating a coverage suggests, on FSRS's meaning of the buttons. Below 40% the answer
 * missed most of what an interviewer listens for: a failed recall (Again). Up to 65% the
 * core was there with real gaps (Hard). Up to 90% it said the substance (Good); above that
 * it was complete (Easy). Paraphrases and synonyms go unrecognised, so the bands lean
 * lenient, and the user always confirms or changes the suggestion.
 */
export function suggestRating(coverage: Pick<Coverage, 'ratio' | 'total'>): Rating {
  if (coverage.total === 0) return 3;
  if (coverage.ratio < 0.4) return 1;
  if (coverage.ratio < 0.65) return 2;
  if (coverage.ratio < 0.9) return 3;
  return 4;
}
