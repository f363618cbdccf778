import type { CompiledCard } from '../card-types';
import { extractKeyTerms } from './key-terms';
import { toPlainText } from './plain-text';
import { pickIndex, type RandomSource } from './random';

export const CHOICE_OPTION_COUNT = 4;

export type ChoiceCard = Pick<CompiledCard, 'id' | 'question' | 'answer' | 'sections' | 'tags'>;

/** A card prepared once per deck: what its answer reads as, and what it is about. */
export type ChoiceEntry<C extends ChoiceCard> = {
  card: C;
  text: string;
  tags: ReadonlySet<string>;
  stems: ReadonlySet<string>;
};

export type ChoiceOption = { cardId: string; text: string; isCorrect: boolean };

export type ChoiceQuestion<C extends ChoiceCard> = {
  card: C;
  options: ChoiceOption[];
  correctIndex: number;
};

export function prepareChoiceEntries<C extends ChoiceCard>(cards: readonly C[]): ChoiceEntry<C>[] {
  return cards.map((card) => ({
    card,
    text: toPlainText(card.answer),
    tags: new Set(card.tags),
    stems: new Set(extractKeyTerms(card).flatMap((term) => term.stems)),
  }));
}

/** Whether a deck has enough different answers for four options. */
export function hasEnoughChoices(entries: readonly ChoiceEntry<ChoiceCard>[]): boolean {
  return new Set(entries.map((entry) => normalize(entry.text))).size >= CHOICE_OPTION_COUNT;
}

/**
 * Four candidate answers for a card's question: its own, and three other answers of the
 * deck, preferring those that share tags or key terms with it (the plausible ones). No two
 * options read the same. Ties and the correct option's position come from `random`.
 * Null when the deck has too few different answers.
 */
export function buildChoiceQuestion<C extends ChoiceCard>(
  target: ChoiceEntry<C>,
  entries: readonly ChoiceEntry<C>[],
  random: RandomSource,
): ChoiceQuestion<C> | null {
  const seen = new Set([normalize(target.text)]);
  const ranked = entries
    .filter((entry) => entry.card.id !== target.card.id)
    .map((entry) => ({ entry, score: scoreDistractor(target, entry), tieBreak: random() }))
    .sort((a, b) => b.score - a.score || a.tieBreak - b.tieBreak);
  const distractors: ChoiceEntry<C>[] = [];
  for (const { entry } of ranked) {
    const key = normalize(entry.text);
    if (seen.has(key)) continue;
    seen.add(key);
    distractors.push(entry);
    if (distractors.length === CHOICE_OPTION_COUNT - 1) break;
  }
  if (distractors.length < CHOICE_OPTION_COUNT - 1) return null;
  const correctIndex = pickIndex(CHOICE_OPTION_COUNT, random);
  const options = distractors.map((entry) => toOption(entry, false));
  options.splice(correctIndex, 0, toOption(target, true));
  return { card: target.card, options, correctIndex };
}

function scoreDistractor(target: ChoiceEntry<ChoiceCard>, other: ChoiceEntry<ChoiceCard>): number {
  return countShared(target.tags, other.tags) + countShared(target.stems, other.stems);
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared;
}

function toOption(entry: ChoiceEntry<ChoiceCard>, isCorrect: boolean): ChoiceOption {
  return { cardId: entry.card.id, text: entry.text, isCorrect };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
