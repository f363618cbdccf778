import { getEngine } from './engine';
import { formatInterval } from './format-interval';
import { computeAllOutcomes, resolveReviewTime } from './outcomes';
import type { Rating, ScheduleRow, SchedulerSettings } from './types';

export type RatingPreview = { due: number; intervalMs: number; label: string };

/** What each rating button would do now: the same computation rateCard makes. */
export function previewRatings(
  before: ScheduleRow | null,
  now: number,
  settings: SchedulerSettings,
): Record<Rating, RatingPreview> {
  const at = resolveReviewTime(before, now);
  const outcomes = computeAllOutcomes(getEngine(settings), before, at);
  return {
    1: describeDue(outcomes[1].card.due.getTime(), now),
    2: describeDue(outcomes[2].card.due.getTime(), now),
    3: describeDue(outcomes[3].card.due.getTime(), now),
    4: describeDue(outcomes[4].card.due.getTime(), now),
  };
}

function describeDue(due: number, now: number): RatingPreview {
  const intervalMs = due - now;
  return { due, intervalMs, label: formatInterval(intervalMs) };
}
