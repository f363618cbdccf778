import type { DeckRow } from '../../domain/card-types';
import { MIN_OPTIMIZER_REVIEWS } from '../../domain/scheduler/optimizer-input';
import { defaultSchedulerSettings } from '../../domain/scheduler/settings';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import type { DeckLimitField, DeckLimits } from '../../domain/settings/deck-limits';
import {
  checkDatabase as checkAndRepair,
  type DatabaseCheck,
} from '../../storage/check-database-repo';
import { listDecks } from '../../storage/deck-repo';
import { countSchedulingReviews } from '../../storage/optimizer-repo';
import {
  getDeckLimits,
  saveDeckLimit as storeDeckLimit,
  updateSchedulerSettings,
} from '../../storage/settings-repo';
import { loadWorkloadSample, type WorkloadSample } from '../../storage/workload-repo';
import { readClock } from '../services/clock';
import { getDatabase } from '../services/database';

export type DeckLimitsView = { decks: DeckRow[]; limits: DeckLimits };

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

export const queries = {
  deckLimits,
  workloadSample,
  schedulingReviewCount,
};
/** Checks every table and repairs what it can; resolves to the report, line by line. */
async function checkDatabase(): Promise<DatabaseCheck> {
  return await checkAndRepair(getDatabase(), readClock());
}

export const commands = { saveSettings, saveDeckLimit, checkDatabase };
