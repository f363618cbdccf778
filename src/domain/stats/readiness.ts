import { isNew } from '../card-state';
import type { CardStatus } from '../card-types';
import { retrievabilityAt } from '../scheduler/retrievability';
import type { ScheduleRow } from '../scheduler/types';
import { selectStudyFirst } from './readiness-study-first';

export type ReadinessCard = {
  id: string;
  deckId: string;
  tags: readonly string[];
  question: string;
  number: number | null;
  /** Order in its deck; breaks ties in the study-first list. */
  position: number;
  status: CardStatus;
};

export type ReadinessDeck = { id: string; title: string };

export type ReadinessInput = {
  /** In display order; it is also the tie-break order of the study-first list. */
  decks: readonly ReadinessDeck[];
  cards: readonly ReadinessCard[];
  /** Rows of cards rated at least once; a card without one is new. */
  schedule: readonly ScheduleRow[];
  /** The moment to predict recall for (epoch ms). */
  at: number;
  /** Trained FSRS weights; null uses the defaults. */
  weights: readonly number[] | null;
  desiredRetention: number;
  /** How many cards the study-first list holds at most (20 when omitted). */
  studyFirstLimit?: number;
};

export type RecallSummary = {
  /** Deck id, tag, or `all` for the overall figure. */
  id: string;
  name: string;
  cards: number;
  learned: number;
  /** Mean predicted recall over every active card, new ones counting 0 (0 when no cards). */
  recall: number;
  /** Mean over the learned cards alone; null when none is learned. */
  learnedRecall: number | null;
};

export type CardRecall = {
  card: ReadinessCard;
  deckTitle: string;
  recall: number;
  isLearned: boolean;
};

export type Readiness = {
  at: number;
  overall: RecallSummary;
  decks: RecallSummary[];
  /** Sorted by tag name. */
  tags: RecallSummary[];
  studyFirst: CardRecall[];
};

const defaultStudyFirstLimit = 20;

/**
 * Predicted recall on the interview date (FSRS retrievability) per deck, per tag and overall,
 * and the cards that would gain most from study before then. Only active cards count.
 */
export function computeReadiness(input: ReadinessInput): Readiness {
  const titles = new Map(input.decks.map((deck) => [deck.id, deck.title]));
  const recalls = predictCardRecalls(input, titles);
  const { overall, decks, tags } = tallyRecalls(recalls);
  const known = input.decks.filter((deck) => decks.has(deck.id)).map((deck) => deck.id);
  // A card whose deck row is missing still counts, under its deck id, after the known decks.
  const orphans = [...decks.keys()].filter((id) => !titles.has(id)).sort();
  return {
    at: input.at,
    overall: toSummary('all', 'All decks', overall),
    decks: [...known, ...orphans].map((id) => toSummary(id, titles.get(id) ?? id, decks.get(id))),
    tags: [...tags.keys()]
      .sort((a, b) => a.localeCompare(b))
      .map((tag) => toSummary(tag, tag, tags.get(tag))),
    studyFirst: selectStudyFirst(
      recalls,
      input.decks.map((deck) => deck.id),
      input.desiredRetention,
      input.studyFirstLimit ?? defaultStudyFirstLimit,
    ),
  };
}

function predictCardRecalls(
  input: ReadinessInput,
  titles: ReadonlyMap<string, string>,
): CardRecall[] {
  const rows = new Map(input.schedule.map((row) => [row.cardId, row]));
  return input.cards
    .filter((card) => card.status === 'active')
    .map((card) => {
      const row = rows.get(card.id) ?? null;
      return {
        card,
        deckTitle: titles.get(card.deckId) ?? card.deckId,
        recall: retrievabilityAt(row, input.at, input.weights),
        isLearned: isLearned(row),
      };
    });
}

/** The same test `retrievabilityAt` uses: a card with no review to decay from is new. */
function isLearned(row: ScheduleRow | null): boolean {
  return row !== null && !isNew(row.state) && row.lastReview !== null && row.stability > 0;
}

type Tally = { cards: number; learned: number; recallSum: number; learnedRecallSum: number };

// One pass with running sums: banks reach 100,000 cards, and this reruns after every review.
function tallyRecalls(recalls: readonly CardRecall[]) {
  const overall = emptyTally();
  const decks = new Map<string, Tally>();
  const tags = new Map<string, Tally>();
  for (const entry of recalls) {
    addTo(overall, entry);
    addTo(tallyFor(decks, entry.card.deckId), entry);
    entry.card.tags.forEach((tag, index) => {
      // A tag written twice on one card counts once.
      if (entry.card.tags.indexOf(tag) === index) addTo(tallyFor(tags, tag), entry);
    });
  }
  return { overall, decks, tags };
}

function emptyTally(): Tally {
  return { cards: 0, learned: 0, recallSum: 0, learnedRecallSum: 0 };
}

function tallyFor(tallies: Map<string, Tally>, key: string): Tally {
  const found = tallies.get(key);
  if (found) return found;
  const created = emptyTally();
  tallies.set(key, created);
  return created;
}

function addTo(tally: Tally, entry: CardRecall): void {
  tally.cards += 1;
  tally.recallSum += entry.recall;
  if (entry.isLearned) {
    tally.learned += 1;
    tally.learnedRecallSum += entry.recall;
  }
}

function toSummary(id: string, name: string, tally = emptyTally()): RecallSummary {
  return {
    id,
    name,
    cards: tally.cards,
    learned: tally.learned,
    recall: tally.cards === 0 ? 0 : tally.recallSum / tally.cards,
    learnedRecall: tally.learned === 0 ? null : tally.learnedRecallSum / tally.learned,
  };
}
