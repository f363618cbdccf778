import { toCanonicalStem } from './equivalents';
import { toContentStems } from './stem';

/** In how many of a deck's interview answers each stem occurs. */
export type TermRarity = { answers: number; answersWith: ReadonlyMap<string, number> };

/** Counts, over the deck's interview answers, how many say each stem (once per answer). */
export function measureTermRarity(cards: readonly { answer: string }[]): TermRarity {
  const answersWith = new Map<string, number>();
  for (const card of cards) {
    for (const stem of new Set(toContentStems(card.answer).map(toCanonicalStem))) {
      answersWith.set(stem, (answersWith.get(stem) ?? 0) + 1);
    }
  }
  return { answers: cards.length, answersWith };
}

/**
 * A stem's inverse document frequency over the deck's answers, smoothed: 1 for a stem every
 * answer says, more the rarer it is. A stem no answer says (a concept's own word) is rarest.
 */
export function weighStem(rarity: TermRarity, stem: string): number {
  const count = rarity.answersWith.get(stem) ?? 0;
  return 1 + Math.log((rarity.answers + 1) / (count + 1));
}
