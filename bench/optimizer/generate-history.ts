// A synthetic review history for the optimizer's end-to-end test and benchmark. Cards are
// scheduled by the app's own scheduler with its default parameters, but the simulated learner
// forgets by a different "true" memory model, so training on the history has something to find.
import type { DeckRow, StoredCard } from '../../src/domain/card-types';
import { createBackupFile } from '../../src/domain/deck-import/backup-format';
import { getEngine } from '../../src/domain/scheduler/engine';
import { evaluateParameters } from '../../src/domain/scheduler/evaluate-parameters';
import { collectHistories, countElapsedDays } from '../../src/domain/scheduler/optimizer-input';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { Rating, ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';

const minute = 60_000;
const day = 24 * 60 * minute;

/**
 * The learner's real memory: FSRS-6's default parameters, except that recall builds stability
 * about half as fast (w8) and a first rating gives a third of the default stability (w0-w3).
 * Scheduled for 90% recall by the defaults, this learner recalls markedly less, so the
 * trained parameters should give shorter intervals than the defaults.
 */
export const trueWeights: readonly number[] = [
  0.07, 0.43, 0.77, 2.77, 6.4133, 0.8334, 3.0194, 0.001, 1.2, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
  1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

export type HistoryOptions = {
  reviewCount: number;
  seed: number;
  /** The last review is before this time; histories span the year before it. */
  end: number;
  deckId?: string;
};

export type GeneratedHistory = {
  deck: DeckRow;
  cards: StoredCard[];
  schedule: ScheduleRow[];
  reviews: ReviewRow[];
};

type Random = () => number;

function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Reviews of one card after another until `reviewCount`; each card is reviewed until `end`. */
export function generateHistory(options: HistoryOptions): GeneratedHistory {
  const deckId = options.deckId ?? 'optimizer-history';
  const random = createRandom(options.seed);
  const reviews: ReviewRow[] = [];
  const schedule: ScheduleRow[] = [];
  const cards: StoredCard[] = [];
  while (reviews.length < options.reviewCount) {
    const position = cards.length;
    const cardId = `${deckId}/card-${String(position + 1).padStart(6, '0')}`;
    const start = options.end - 365 * day + Math.floor(random() * 300 * day);
    const card = simulateCard({ cardId, deckId, start, end: options.end, random });
    const room = options.reviewCount - reviews.length;
    const kept = card.reviews.slice(0, room);
    reviews.push(...kept);
    const last = kept.at(-1);
    if (last === undefined) continue;
    // The stored row is what the app would hold after the last kept review.
    const row = card.rows[kept.length - 1];
    if (row === undefined) throw new Error(`No schedule row after review ${last.id}`);
    schedule.push(row);
    cards.push(createCard(cardId, deckId, position));
  }
  return { deck: createDeck(deckId, options.end), cards, schedule, reviews };
}

type CardRun = { reviews: ReviewRow[]; rows: ScheduleRow[] };

function simulateCard(input: {
  cardId: string;
  deckId: string;
  start: number;
  end: number;
  random: Random;
}): CardRun {
  const { cardId, deckId, random } = input;
  const truth = getEngine({ ...defaultSchedulerSettings, weights: [...trueWeights] }).fsrs;
  const run: CardRun = { reviews: [], rows: [] };
  let row: ScheduleRow | null = null;
  let memory: { stability: number; difficulty: number } | null = null;
  let now = input.start;
  while (true) {
    const rating = pickRating(random, memory, row, now, truth);
    const days = row?.lastReview == null ? 0 : countElapsedDays(row.lastReview, now);
    memory = truth.next_state(memory, days, rating);
    const rated = rateCard({
      before: row,
      cardId,
      deckId,
      rating,
      now,
      reviewId: `${cardId}#${String(run.reviews.length).padStart(4, '0')}`,
      mode: 'review',
      durationMs: 5000 + Math.floor(random() * 20_000),
      settings: defaultSchedulerSettings,
    });
    row = rated.schedule;
    run.reviews.push(rated.review);
    run.rows.push(row);
    // A learner comes back some time after the card is due (hours for steps, days for reviews).
    const isStep = row.state !== 2;
    const next = row.due + Math.floor(random() * (isStep ? 30 * minute : 2 * day));
    if (next > input.end && !isStep) return run;
    now = next;
  }
}

/** Again when the true memory fails; otherwise mostly Good, with some Hard and Easy. */
function pickRating(
  random: Random,
  memory: { stability: number } | null,
  row: ScheduleRow | null,
  now: number,
  truth: ReturnType<typeof getEngine>['fsrs'],
): Rating {
  const draw = random();
  if (memory === null || row?.lastReview == null) {
    return draw < 0.25 ? 1 : draw < 0.35 ? 2 : draw < 0.9 ? 3 : 4;
  }
  const elapsed = Math.max(0, (now - row.lastReview) / day);
  const recall = truth.forgetting_curve(elapsed, memory.stability);
  if (random() >= recall) return 1;
  return draw < 0.1 ? 2 : draw < 0.9 ? 3 : 4;
}

function createCard(cardId: string, deckId: string, position: number): StoredCard {
  const number = position + 1;
  return {
    id: cardId,
    deckId,
    number,
    question: `Synthetic question ${number}?`,
    answer: `Synthetic answer ${number}.`,
    sections: [],
    tags: [],
    source: { file: `${deckId}.md`, line: 3 + position * 4 },
    position,
    contentHash: `hash-${number}`,
    status: 'active',
    previousIds: [],
  };
}

function createDeck(deckId: string, importedAt: number): DeckRow {
  return {
    id: deckId,
    title: 'Optimizer history',
    description: 'A generated review history.',
    tags: [],
    source: 'import',
    fileName: `${deckId}.md`,
    importedAt,
    contentHash: 'optimizer-history',
  };
}

/**
 * The history as a backup file (docs/architecture.md, "Backup file"), for Settings > Restore
 * backup.
 */
export function toBackupJson(history: GeneratedHistory, exportedAt: number): string {
  const file = createBackupFile(
    {
      decks: [history.deck],
      cards: history.cards,
      schedule: history.schedule,
      reviews: history.reviews,
      settings: [],
    },
    exportedAt,
  );
  return JSON.stringify(file);
}

/** How well the defaults and the true model fit the history: the optimizer should get between. */
export function describeHistoryFit(history: GeneratedHistory): {
  defaultLogLoss: number;
  trueLogLoss: number;
} {
  const histories = collectHistories(history.reviews);
  return {
    defaultLogLoss: evaluateParameters(histories, defaultSchedulerSettings).logLoss,
    trueLogLoss: evaluateParameters(histories, {
      ...defaultSchedulerSettings,
      weights: [...trueWeights],
    }).logLoss,
  };
}
