// Anki's review log as Drillbook reviews (docs/architecture.md, "Anki packages"). The entries
// FSRS itself uses (rslib/src/scheduler/fsrs/params.rs) are kept: cramming in a filtered deck
// that does not reschedule is left out, a manual reset to new restarts the card's history,
// and other manual changes (set due date, reschedule) carry no rating and are left out.
import type { ReviewRating } from '../scheduler/types';
import type { AnkiHistoryEvent, AnkiRevlog } from './anki-types';

const KIND_FILTERED = 3;
const KIND_MANUAL = 4;
const KIND_RESCHEDULED = 5;
const RESET_RATING = 0;

/** The stable id of an imported review: importing the package again finds it stored. */
export function toAnkiReviewId(guid: string, ord: number, revlogId: number): string {
  return `anki:${guid}:${ord}:${revlogId}`;
}

export function toHistoryEvents(
  guid: string,
  ord: number,
  entries: readonly AnkiRevlog[],
): AnkiHistoryEvent[] {
  return [...entries]
    .sort((a, b) => a.id - b.id)
    .flatMap((entry) => {
      const rating = toRating(entry);
      if (rating === null) return [];
      return [
        {
          id: toAnkiReviewId(guid, ord, entry.id),
          reviewedAt: entry.id,
          rating,
          durationMs: Math.max(0, entry.timeMs),
        },
      ];
    });
}

function toRating(entry: AnkiRevlog): ReviewRating | null {
  const isCramming = entry.type === KIND_FILTERED && entry.factor === 0;
  if (isCramming) return null;
  if (entry.type === KIND_MANUAL && entry.factor === 0) return RESET_RATING;
  if (entry.type === KIND_MANUAL || entry.type === KIND_RESCHEDULED) return null;
  const { ease } = entry;
  return ease === 1 || ease === 2 || ease === 3 || ease === 4 ? ease : null;
}
