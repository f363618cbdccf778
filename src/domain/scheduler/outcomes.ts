import type { Card, Grade, IPreview, RecordLogItem } from 'ts-fsrs';
import { toFsrsCard } from './card-convert';
import type { Engine } from './engine';
import type { Rating, ScheduleRow } from './types';

/**
 * What one rating does to a card at `at`. Rating and preview both come through here, so the
 * buttons show exactly what a rating will do (ts-fsrs seeds its fuzz from the card and the time).
 */
export function computeOutcome(
  engine: Engine,
  before: ScheduleRow | null,
  at: number,
  rating: Rating,
): RecordLogItem {
  const card = toFsrsCard(before, at);
  const grade: Grade = rating;
  if (engine.isOrderGuaranteed) return engine.fsrs.next(card, new Date(at), grade);
  return orderOutcomes(engine.fsrs.repeat(card, new Date(at)))[rating];
}

export type Outcomes = Record<Rating, RecordLogItem>;

export function computeAllOutcomes(
  engine: Engine,
  before: ScheduleRow | null,
  at: number,
): Outcomes {
  const preview = engine.fsrs.repeat(toFsrsCard(before, at), new Date(at));
  return engine.isOrderGuaranteed ? pickOutcomes(preview) : orderOutcomes(preview);
}

/**
 * A card is never rated before its last review: a clock that went back (or a merged device)
 * would otherwise give ts-fsrs a negative elapsed time, which it rejects.
 */
export function resolveReviewTime(before: ScheduleRow | null, now: number): number {
  return before?.lastReview != null && before.lastReview > now ? before.lastReview : now;
}

function pickOutcomes(preview: IPreview): Outcomes {
  return { 1: preview[1], 2: preview[2], 3: preview[3], 4: preview[4] };
}

/**
 * With unusual steps or trained weights ts-fsrs can put a lower rating after a higher one
 * (e.g. steps `2d`: Again 2 days, Good 1 day). A better answer must never come back sooner.
 */
function orderOutcomes(preview: IPreview): Outcomes {
  const again = preview[1];
  const hard = raiseTo(preview[2], again.card);
  const good = raiseTo(preview[3], hard.card);
  const easy = raiseTo(preview[4], good.card);
  return { 1: again, 2: hard, 3: good, 4: easy };
}

function raiseTo(item: RecordLogItem, floor: Card): RecordLogItem {
  if (item.card.due.getTime() >= floor.due.getTime()) return item;
  const card: Card = { ...item.card };
  card.due = new Date(floor.due.getTime());
  card.scheduled_days = Math.max(item.card.scheduled_days, floor.scheduled_days);
  return { card, log: item.log };
}
