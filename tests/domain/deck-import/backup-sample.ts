import { State } from '../../../src/domain/card-state';
import type { StoredCard } from '../../../src/domain/card-types';
import { type BackupFile, createBackupFile } from '../../../src/domain/deck-import/backup-format';
import { hashCardContent } from '../../../src/domain/deck-sync/content-hash';
import type { ReviewRow, ScheduleRow } from '../../../src/domain/scheduler/types';

export const EXPORTED_AT = Date.UTC(2026, 2, 10, 9);

export function makeStoredCard(id: string, deckId = 'web', position = 0): StoredCard {
  const card = {
    id: `${deckId}/${id}`,
    deckId,
    number: position + 1,
    question: `What is ${id}?`,
    answer: `${id} is explained in full sentences for the tests.`,
    sections: [{ title: 'Concepts', markdown: `- ${id}` }],
    tags: ['web'],
    source: { file: `${deckId}.md`, line: 3 + position * 6 },
  };
  return {
    ...card,
    position,
    contentHash: hashCardContent(card),
    status: 'active',
    previousIds: [],
  };
}

export function makeSchedule(cardId: string, deckId = 'web'): ScheduleRow {
  return {
    cardId,
    deckId,
    due: EXPORTED_AT + 86_400_000,
    stability: 3.1,
    difficulty: 5.2,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: State.Review,
    lastReview: EXPORTED_AT,
    buriedUntil: null,
  };
}

export function makeReviewRow(id: string, cardId: string, reviewedAt = EXPORTED_AT): ReviewRow {
  return {
    id,
    cardId,
    deckId: cardId.split('/')[0] ?? 'web',
    rating: 3,
    mode: 'review',
    reviewedAt,
    durationMs: 3000,
    deviceId: 'sample-device',
    state: State.New,
    due: reviewedAt,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    before: null,
  };
}

/** A small, valid backup: one deck, two cards, one reviewed. */
export function makeBackup(): BackupFile {
  const cards = [makeStoredCard('dns', 'web', 0), makeStoredCard('tcp', 'web', 1)];
  return createBackupFile(
    {
      decks: [
        {
          id: 'web',
          title: 'Web',
          description: '',
          tags: ['web'],
          source: 'import',
          fileName: 'web.md',
          importedAt: EXPORTED_AT - 1000,
          contentHash: 'abc',
        },
      ],
      cards,
      schedule: [makeSchedule('web/dns')],
      reviews: [makeReviewRow('r1', 'web/dns')],
      settings: [{ key: 'theme', value: 'dark' }],
    },
    EXPORTED_AT,
  );
}
