import type { Rating } from '../scheduler/types';
import { expandEquivalentStems, findSpelledAcronyms } from './equivalents';
import type { KeyTerm } from './key-term-types';
import { toAllStems } from './stem';

export type TermCoverage = { term: KeyTerm; isCovered: boolean };

export type Coverage = {
  terms: TermCoverage[];
  covered: number;
  total: number;
  /** The weighted share of the terms covered, 0 when the card has no terms. */
  ratio: number;
};

/**
 * Which key terms a typed answer mentions. A term counts when every one of its stems occurs
 * somewhere in the answer, in any order, case and inflection, or through an equivalent ("SSL"
 * for "TLS", "HTTP over TLS" for "HTTPS"): "resolves DNS" covers "DNS". The ratio weighs each
 * term by its rarity in the deck, and gives half a phrase half its weight ("TCP" of "TCP
 * handshake"), as an interviewer would.
 */
export function measureCoverage(terms: readonly KeyTerm[], typed: string): Coverage {
  // Numbers and stop words are kept on this side: terms like "HTTP/2" or "200 OK" need them.
  const present = expandEquivalentStems([...toAllStems(typed), ...findSpelledAcronyms(typed)]);
  const results = terms.map((term) => ({
    term,
    isCovered: term.stems.every((stem) => present.has(stem)),
    share: term.stems.filter((stem) => present.has(stem)).length / Math.max(1, term.stems.length),
  }));
  const covered = results.filter((result) => result.isCovered).length;
  const totalWeight = results.reduce((sum, { term }) => sum + (term.weight ?? 1), 0);
  const coveredWeight = results.reduce(
    (sum, { term, share }) => sum + (term.weight ?? 1) * share,
    0,
  );
  return {
    terms: results.map(({ term, isCovered }) => ({ term, isCovered })),
    covered,
    total: terms.length,
    ratio: totalWeight === 0 ? 0 : coveredWeight / totalWeight,
  };
}

/**
 * The rating a coverage suggests, on FSRS's meaning of the buttons. Below 15% of the weighted
 * terms the answer missed what an interviewer listens for: a failed recall (Again). Below 45%
 * some of the core was there with real gaps (Hard); below 80% it said the substance (Good);
 * above that it was complete (Easy). The interview answer is a summary, so saying most of its
 * terms is a full answer. The bands were set against ratings people gave typed answers
 * (tests/fixtures/write-eval.json); the user always confirms or changes the suggestion.
 */
export function suggestRating(coverage: Pick<Coverage, 'ratio' | 'total'>): Rating {
  if (coverage.total === 0) return 3;
  if (coverage.ratio < 0.15) return 1;
  if (coverage.ratio < 0.45) return 2;
  if (coverage.ratio < 0.8) return 3;
  return 4;
}
