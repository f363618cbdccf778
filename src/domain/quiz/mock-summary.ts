import type { Rating } from '../scheduler/types';
import { type Coverage, measureCoverage, suggestRating } from './coverage';
import { extractKeyTerms, type KeyTermSource } from './key-terms';
import type { MockAnswer, MockSession } from './mock-session';
import type { TermRarity } from './term-rarity';

export type MockSummaryItem<C> = {
  answer: MockAnswer;
  card: C;
  coverage: Coverage;
  suggested: Rating;
};

/**
 * Each question with the answer given, its key-term coverage and the rating that suggests.
 * A question whose card has since been deleted is left out: there is nothing to compare with.
 * `rarity` (over the decks' answers) weighs the key terms; each card alone when absent.
 */
export function summarizeMockSession<C extends KeyTermSource & { id: string }>(
  session: MockSession,
  cardsById: ReadonlyMap<string, C>,
  rarity?: TermRarity,
): MockSummaryItem<C>[] {
  return session.answers.flatMap((answer) => {
    const card = cardsById.get(answer.cardId);
    if (card === undefined) return [];
    const coverage = measureCoverage(extractKeyTerms(card, rarity), answer.text);
    return [{ answer, card, coverage, suggested: suggestRating(coverage) }];
  });
}
