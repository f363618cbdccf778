import { describe, expect, it } from 'vitest';
import { toHistoryEvents } from '../../../src/domain/anki/anki-history';
import type { AnkiRevlog } from '../../../src/domain/anki/anki-types';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9);

function entry(at: number, ease: number, type: number, factor = 2500): AnkiRevlog {
  return { id: at, cardId: 1, ease, factor, type, timeMs: 4000 };
}

describe('toHistoryEvents', () => {
  it('gives each answer a stable id from the guid, ord and revlog id, in time order', () => {
    const events = toHistoryEvents('g#1', 2, [entry(T0 + DAY, 3, 1), entry(T0, 1, 0)]);
    expect(events).toEqual([
      { id: `anki:g#1:2:${T0}`, reviewedAt: T0, rating: 1, durationMs: 4000 },
      { id: `anki:g#1:2:${T0 + DAY}`, reviewedAt: T0 + DAY, rating: 3, durationMs: 4000 },
    ]);
  });

  it('leaves out cramming, rescheduling and set due date, and turns a reset into a rating 0', () => {
    const events = toHistoryEvents('g', 0, [
      entry(T0, 3, 0),
      entry(T0 + DAY, 4, 3, 0), // cram in a filtered deck that does not reschedule
      entry(T0 + 2 * DAY, 3, 3, 2500), // a filtered deck that reschedules: a real review
      entry(T0 + 3 * DAY, 0, 5), // rescheduled
      entry(T0 + 4 * DAY, 0, 4, 2500), // set due date
      entry(T0 + 5 * DAY, 0, 4, 0), // forget: reset to new
      entry(T0 + 6 * DAY, 2, 0),
    ]);
    expect(events.map((event) => [event.reviewedAt - T0, event.rating])).toEqual([
      [0, 3],
      [2 * DAY, 3],
      [5 * DAY, 0],
      [6 * DAY, 2],
    ]);
  });
});
