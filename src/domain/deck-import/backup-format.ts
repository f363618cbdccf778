import type { DeckRow, StoredCard } from '../card-types';
import { compareText } from '../compare-text';
import type { ReviewRow, ScheduleRow } from '../scheduler/types';

export const BACKUP_FORMAT = 'drillbook-backup';
/** The newest backup format this version reads and writes. */
export const BACKUP_VERSION = 1;

export type BackupSetting = { key: string; value: unknown };

/** Every table a user would miss, each sorted by its key so that equal data gives an equal file. */
export type BackupData = {
  decks: DeckRow[];
  cards: StoredCard[];
  schedule: ScheduleRow[];
  reviews: ReviewRow[];
  settings: BackupSetting[];
};

/** The backup file (docs/architecture.md, "Backup file"). */
export type BackupFile = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
} & BackupData;

export function createBackupFile(data: BackupData, exportedAt: number): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    decks: data.decks,
    cards: data.cards,
    schedule: data.schedule,
    reviews: data.reviews,
    settings: data.settings,
  };
}

/** Sorts each table by its key, as the file keeps them. */
export function sortBackupData(data: BackupData): BackupData {
  return {
    decks: [...data.decks].sort((a, b) => compareText(a.id, b.id)),
    cards: [...data.cards].sort((a, b) => compareText(a.id, b.id)),
    schedule: [...data.schedule].sort((a, b) => compareText(a.cardId, b.cardId)),
    reviews: [...data.reviews].sort((a, b) => compareText(a.id, b.id)),
    settings: [...data.settings].sort((a, b) => compareText(a.key, b.key)),
  };
}
