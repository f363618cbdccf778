import type { CompiledCard } from '../card-types';
import { extractKeyTerms } from './key-terms';
import { toPlainText } from './plain-text';
import { pickIndex, type RandomSource } from './random';

export const CHOICE_OPTION_COUNT = 4;
/** Keys 1 to 9 choose an option; a bank's options past the ninth are buttons without a key. */
export const MAX_KEYED_OPTIONS = 9;

export type ChoiceCard = Pick<
  CompiledCard,
  'id' | 'question' | 'answer' | 'sections' | 'tags' | 'choices'
>;

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
  /** The first correct option. */
  correctIndex: number;
  /** Every correct option, in order: more than one only when the bank marks several. */
  correctIndexes: number[];
};

/** Whether the bank gives this card's options itself: two or more, at least one marked correct. */
export function hasOwnChoices(card: ChoiceCard): boolean {
  const choices = card.choices ?? [];
  return choices.length >= 2 && choices.some((choice) => choice.correct);
}

export function prepareChoiceEntries<C extends ChoiceCard>(cards: readonly C[]): ChoiceEntry<C>[] {
  return cards.map((card) => ({
    card,
    text: toPlainText(card.answer),
    tags: new Set(card.tags),
    stems: new Set(extractKeyTerms(card).flatMap((term) => term.stems)),
  }));
}

/** Whether a deck has enough different answers to make four options for a card without its own. */
export function hasEnoughChoices(entries: readonly ChoiceEntry<ChoiceCard>[]): boolean {
  const answers = entries.filter((entry) => !hasOwnChoices(entry.card));
  return new Set(answers.map((entry) => normalize(entry.text))).size >= CHOICE_OPTION_COUNT;
}

/**
 * The cards a round can ask: all of them when the deck has enough different answers, else only
 * those that bring their own options.
 */
export function selectPlayableEntries<C extends ChoiceCard>(
  entries: readonly ChoiceEntry<C>[],
): readonly ChoiceEntry<C>[] {
  return hasEnoughChoices(entries) ? entries : entries.filter((entry) => hasOwnChoices(entry.card));
}

/**
 * The candidate answers for a card's question. A card whose bank gives options gets those, all
 * of them, in the bank's order (its prompt may name them by letter), the right ones marked.
 * Any other card gets four: its own answer and three other answers of the deck (of cards
 * without options of their own), preferring those that share tags or key terms with it (the
 * plausible ones). No two options read the same. Ties and the correct option's position come
 * from `random`. Null when the deck has too few different answers.
 */
export function buildChoiceQuestion<C extends ChoiceCard>(
  target: ChoiceEntry<C>,
  entries: readonly ChoiceEntry<C>[],
  random: RandomSource,
): ChoiceQuestion<C> | null {
  if (hasOwnChoices(target.card)) return buildOwnChoiceQuestion(target.card);
  const seen = new Set([normalize(target.text)]);
  const ranked = entries
    .filter((entry) => entry.card.id !== target.card.id && !hasOwnChoices(entry.card))
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
  return { card: target.card, options, correctIndex, correctIndexes: [correctIndex] };
}

function buildOwnChoiceQuestion<C extends ChoiceCard>(card: C): ChoiceQuestion<C> {
  const options = (card.choices ?? []).map((choice) => ({
    cardId: card.id,
    text: toPlainText(choice.text) || choice.text,
    isCorrect: choice.correct,
  }));
  const correctIndexes = options.flatMap((option, index) => (option.isCorrect ? [index] : []));
  return { card, options, correctIndex: correctIndexes[0] ?? 0, correctIndexes };
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
