import { isNew } from '../../domain/card-state';
import type { QueueItem } from '../../domain/scheduler/queue';
import {
  applySessionRating,
  type SessionQueue,
  viewSessionQueue,
} from '../../domain/scheduler/session-queue';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { createSerialQueue } from '../../domain/serial-queue';
import type { DrillbookDb } from '../../storage/db';
import { watchQueueChanges } from '../../storage/queue-changes';
import { isBuried } from '../../storage/queue-filters';
import type { QueueHeadRows } from '../../storage/queue-head-repo';
import { isSameScheduleRow } from '../../storage/schedule-repo';
import {
  commitRating,
  loadQueueHead,
  loadSessionQueue,
  type RatingOutcome,
  type RatingRequest,
  type ReviewSnapshot,
  type ShownCard,
  toShownCard,
  undoLastRating,
} from './review-session';

export type ReviewScope = { deckIds?: string[]; settings: SchedulerSettings };

/**
 * A review session: today's queue is read once (start) and kept in memory. Choosing the next
 * card builds the queue from memory and confirms its head with one read, which the rating's
 * commit already made when it predicted that card; a rating updates the memory after its
 * commit. Any other write to the queue's tables, in this tab or another, marks the queue stale
 * and calls `onStale`; the next call reads it again. So do a new study day and an undo.
 */
export type ReviewSession = {
  /** Reads today's queue from storage now, whatever the memory holds. */
  start: (now: number) => Promise<void>;
  /** The card to show at `now` and what is left today. */
  next: (now: number) => Promise<ReviewSnapshot>;
  rate: (request: Omit<RatingRequest, 'settings'>) => Promise<RatingOutcome>;
  /** Undoes the newest review anywhere; its card is shown next. Returns that card's id. */
  undo: () => Promise<string | null>;
  /** How many times the queue was read from storage, the first time included. */
  countStarts: () => number;
  dispose: () => void;
};

// A card that changed under the session is re-read once; if it changed again, show nothing
// stale: the next pass reads the queue once more.
const maxPasses = 3;

export type ReviewSessionOptions = {
  /**
   * False reads the next card on its own after the commit: the design before this one, kept
   * for the review bench's side-by-side comparison.
   */
  isNextReadInCommit?: boolean;
};

export function createReviewSession(
  db: DrillbookDb,
  scope: ReviewScope,
  onStale: () => void = () => {},
  { isNextReadInCommit = true }: ReviewSessionOptions = {},
): ReviewSession {
  let queue: SessionQueue | null = null;
  let isStale = false;
  let pinnedCardId: string | null = null;
  /** The card expected next, as the last rating's commit read it: spares next() its read. */
  let prefetched: QueueHeadRows | null = null;
  let starts = 0;
  // This session's own writes update the memory (a rating) or mark it stale (an undo) in the
  // call that makes them: they must not call onStale, or the screen would show the next card twice.
  const ownWrites = new Set<string>();
  let isUndoing = false;
  const stopWatching = watchQueueChanges(
    db,
    (table, key) => isUndoing || ownWrites.has(`${table}/${String(key)}`),
    () => {
      isStale = true;
      onStale();
    },
  );
  // One call at a time: a rating's commit and the next read never interleave.
  const exclusive = createSerialQueue().push;

  const start = async (now: number) => {
    isStale = false;
    prefetched = null;
    starts += 1;
    queue = await loadSessionQueue(db, { now, ...scope });
  };

  const readQueue = async (now: number): Promise<SessionQueue> => {
    if (queue === null || isStale || now < queue.dayStart || now >= queue.dayEnd) await start(now);
    if (queue === null) throw new Error('The review queue was not read');
    return queue;
  };

  const next = async (now: number): Promise<ReviewSnapshot> => {
    for (let pass = 1; ; pass += 1) {
      const current = await readQueue(now);
      const { queue: view, nextDueAt } = viewSessionQueue(current, now);
      const head = view.items.find((item) => item.cardId === pinnedCardId) ?? view.items[0];
      if (head === undefined) return { current: null, counts: view.counts, nextDueAt };
      const shown =
        takePrefetched(head.cardId, now) ?? (await loadQueueHead(db, head, now, scope.settings));
      if ((shown !== null && isAsQueued(current, head, shown, now)) || pass >= maxPasses) {
        return { current: shown, counts: view.counts, nextDueAt };
      }
      isStale = true;
    }
  };

  const rate = async (request: Omit<RatingRequest, 'settings'>): Promise<RatingOutcome> => {
    const { card } = request.shown;
    ownWrites.add(`schedule/${card.id}`).add(`cards/${card.id}`);
    ownWrites.add(`reviews/${request.reviewId}`);
    try {
      const { outcome, rated, next } = await commitRating(
        db,
        { ...request, settings: scope.settings },
        isNextReadInCommit ? predictNext(card.id, request.now) : undefined,
      );
      if (outcome === 'saved' && queue !== null) {
        queue = applySessionRating(queue, { after: rated.schedule, review: rated.review });
        pinnedCardId = null;
        prefetched = next ?? null;
      } else {
        isStale = true;
      }
      return outcome;
    } finally {
      ownWrites.clear();
    }
  };

  /** The card after the rated one, as the queue stands: usually what next() then shows. */
  const predictNext = (ratedId: string, now: number) =>
    queue === null
      ? undefined
      : viewSessionQueue(queue, now).queue.items.find((item) => item.cardId !== ratedId);

  const takePrefetched = (cardId: string, now: number): ShownCard | null => {
    const rows = prefetched;
    prefetched = null;
    return rows?.card.id === cardId ? toShownCard(rows, now, scope.settings) : null;
  };

  const undo = async (): Promise<string | null> => {
    isUndoing = true;
    prefetched = null;
    try {
      const restored = await undoLastRating(db);
      isStale = true;
      pinnedCardId = restored;
      return restored;
    } finally {
      isUndoing = false;
    }
  };

  return {
    start: (now) => exclusive(() => start(now)),
    next: (now) => exclusive(() => next(now)),
    rate: (request) => exclusive(() => rate(request)),
    undo: () => exclusive(undo),
    countStarts: () => starts,
    dispose: stopWatching,
  };
}

/**
 * Whether the stored card is still what the queue holds: active, and new (no row, or a reset
 * New row that is not buried) or with exactly the schedule row the session has.
 */
function isAsQueued(queue: SessionQueue, item: QueueItem, shown: ShownCard, now: number): boolean {
  if (shown.card.status !== 'active') return false;
  const { schedule } = shown;
  if (item.kind === 'new') {
    return schedule === null || (isNew(schedule.state) && !isBuried(schedule, now));
  }
  const rows = item.kind === 'learning' ? queue.learning : queue.reviews;
  return isSameScheduleRow(schedule, rows.find((row) => row.cardId === item.cardId) ?? null);
}
