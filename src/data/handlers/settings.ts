import type { DeckRow } from '../../domain/card-types';
import { MIN_OPTIMIZER_REVIEWS } from '../../domain/scheduler/optimizer-input';
import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import type { DeckLimitField, DeckLimits } from '../../domain/settings/deck-limits';
import { exportBackup as readBackup, serializeBackup } from '../../storage/backup';
import { readClock } from '../../storage/clock';
import { listDecks } from '../../storage/deck-repo';
import { getLastExportAt } from '../../storage/meta-repo';
import { countSchedulingReviews } from '../../storage/optimizer-repo';
import {
  getDeckLimits,
  saveDeckLimit as storeDeckLimit,
  updateSchedulerSettings,
} from '../../storage/settings-repo';
import { loadWorkloadSample, type WorkloadSample } from '../../storage/workload-repo';
import { getDatabase } from '../services/database';

export type DeckLimitsView = { decks: DeckRow[]; limits: DeckLimits };
export type ExportedBackup = {
  json: string;
  exportedAt: number;
  deckCount: number;
  cardCount: number;
  reviewCount: number;
};

/** The decks with the caps each has of its own. */
async function deckLimits(): Promise<DeckLimitsView> {
  const db = getDatabase();
  const [decks, limits] = await Promise.all([listDecks(db), getDeckLimits(db)]);
  return { decks, limits };
}

/** What the workload estimate is computed from. */
async function workloadSample(): Promise<WorkloadSample> {
  return await loadWorkloadSample(getDatabase());
}

/** Scheduling reviews counted up to the optimizer's minimum. */
async function schedulingReviewCount(): Promise<number> {
  return await countSchedulingReviews(getDatabase(), MIN_OPTIMIZER_REVIEWS);
}

/** When a backup was last exported, or null. */
async function lastBackupAt(): Promise<number | null> {
  return await getLastExportAt(getDatabase());
}

/** Saves some scheduler settings; the review screen reads them live, so they apply at once. */
async function saveSettings(changes: Partial<SchedulerSettings>): Promise<void> {
  await updateSchedulerSettings(getDatabase(), defaultSchedulerSettings, changes);
}

async function saveDeckLimit({
  deckId,
  field,
  value,
}: {
  deckId: string;
  field: DeckLimitField;
  value: number | null;
}): Promise<void> {
  await storeDeckLimit(getDatabase(), deckId, field, value);
}

/** Everything, as the backup file's text, and when it was taken. */
async function exportBackup(): Promise<ExportedBackup> {
  const exportedAt = readClock();
  const backup = await readBackup(getDatabase(), exportedAt);
  return {
    json: serializeBackup(backup),
    exportedAt,
    deckCount: backup.decks.length,
    cardCount: backup.cards.length,
    reviewCount: backup.reviews.length,
  };
}

export const queries = {
  deckLimits,
  workloadSample,
  schedulingReviewCount,
  lastBackupAt,
};
export const commands = { saveSettings, saveDeckLimit, exportBackup };
