import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../src/domain/deck-import/backup-format';
import { rateCard } from '../../src/domain/scheduler/rate-card';
import { replayReviews } from '../../src/domain/scheduler/replay';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import type { ReviewRow, ScheduleRow } from '../../src/domain/scheduler/types';
import { mergeBackupData } from '../../src/storage/backup-merge';
import { makeSchedule, makeStoredCard } from '../domain/deck-import/backup-sample';
import { DAY, NOW } from './test-db';

const settings = defaultSchedulerSettings;

/** Rates `cardId` at each time in turn, as one device would, returning its reviews and final row. */
function study(cardId: string, times: number[], prefix: string) {
  let before: ScheduleRow | null = null;
  const reviews: ReviewRow[] = [];
  times.forEach((now, i) => {
    const rated = rateCard({
      before,
      cardId,
      deckId: 'web',
      rating: 3,
      now,
      reviewId: `${prefix}-${i}`,
      mode: 'review',
      durationMs: 1000,
      settings,
    });
    reviews.push(rated.review);
    before = rated.schedule;
  });
  return { reviews, row: before };
}

function device(parts: Partial<BackupData>): BackupData {
  return { decks: [], cards: [], schedule: [], reviews: [], settings: [], ...parts };
}

const deck = (importedAt: number, title = 'Web') => ({
  id: 'web',
  title,
  description: '',
  tags: [],
  source: 'import' as const,
  fileName: 'web.md',
  importedAt,
  contentHash: title,
});

describe('mergeBackupData', () => {
  it('keeps every review once and replays a card reviewed on both devices', () => {
    const card = makeStoredCard('dns');
    const before = study(card.id, [NOW], 'shared');
    const laptop = study(card.id, [NOW, NOW + DAY], 'laptop');
    const phone = study(card.id, [NOW, NOW + 2 * DAY], 'phone');
    const shared = before.reviews[0];
    if (!shared) throw new Error('no review');
    const local = device({
      decks: [deck(NOW)],
      cards: [card],
      reviews: [shared, ...laptop.reviews.slice(1)],
      schedule: laptop.row ? [laptop.row] : [],
    });
    const incoming = device({
      decks: [deck(NOW)],
      cards: [card],
      reviews: [shared, ...phone.reviews.slice(1)],
      schedule: phone.row ? [phone.row] : [],
    });
    const merged = mergeBackupData(local, incoming, settings);
    expect(merged.data.reviews.map((r) => r.id)).toEqual(['laptop-1', 'phone-1', 'shared-0']);
    expect(merged.data.schedule).toEqual([
      replayReviews(card.id, 'web', merged.data.reviews, settings),
    ]);
    expect(merged).toMatchObject({ newReviews: 1, rebuiltCards: 1 });
  });

  it('takes deck and card content from the side that imported the deck last', () => {
    const old = makeStoredCard('dns');
    const edited = { ...old, answer: 'A newer answer.' };
    const merged = mergeBackupData(
      device({ decks: [deck(NOW, 'Old')], cards: [old] }),
      device({ decks: [deck(NOW + DAY, 'New')], cards: [edited] }),
      settings,
    );
    expect(merged.data.decks.map((d) => d.title)).toEqual(['New']);
    expect(merged.data.cards).toEqual([edited]);
  });

  it("gives a card reworded on one device the other device's history of its old id", () => {
    const old = makeStoredCard('dns');
    const renamed = { ...makeStoredCard('domain-names'), previousIds: [old.id] };
    const phone = study(old.id, [NOW], 'phone');
    const merged = mergeBackupData(
      device({ decks: [deck(NOW + DAY)], cards: [renamed] }),
      device({
        decks: [deck(NOW)],
        cards: [old],
        reviews: phone.reviews,
        schedule: [makeSchedule(old.id)],
      }),
      settings,
    );
    expect(merged.data.cards.map((c) => c.id)).toEqual([renamed.id]);
    expect(merged.data.reviews.map((r) => r.cardId)).toEqual([renamed.id]);
    expect(merged.data.schedule.map((s) => s.cardId)).toEqual([renamed.id]);
  });

  it("keeps this device's settings and adds the ones it lacks", () => {
    const merged = mergeBackupData(
      device({ settings: [{ key: 'theme', value: 'dark' }] }),
      device({
        settings: [
          { key: 'theme', value: 'light' },
          { key: 'scheduler', value: {} },
        ],
      }),
      settings,
    );
    expect(merged.data.settings).toEqual([
      { key: 'scheduler', value: {} },
      { key: 'theme', value: 'dark' },
    ]);
  });
});
