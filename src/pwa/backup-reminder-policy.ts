const DAY_MS = 24 * 60 * 60 * 1000;

/** Progress older than this and in no backup earns a reminder. */
export const BACKUP_INTERVAL_MS = 7 * DAY_MS;
/** "Dismiss" quiets the reminder for this long. */
export const REMINDER_SNOOZE_MS = DAY_MS;

export type BackupFacts = {
  firstReviewAt: number | null;
  lastReviewAt: number | null;
  lastExportAt: number | null;
  dismissedAt: number | null;
  now: number;
};

/**
 * Remind when some reviews are in no backup and the last export (or, before any export, the
 * first review) is 7 days old or more. A backup that already holds every review needs no
 * reminder however old it is, and a new user is not nagged in their first week.
 */
export function isBackupReminderDue(facts: BackupFacts): boolean {
  const { firstReviewAt, lastReviewAt, lastExportAt, dismissedAt, now } = facts;
  if (firstReviewAt === null || lastReviewAt === null) return false;
  if (lastExportAt !== null && lastReviewAt <= lastExportAt) return false;
  const since = lastExportAt ?? firstReviewAt;
  if (now - since < BACKUP_INTERVAL_MS) return false;
  return dismissedAt === null || now - dismissedAt >= REMINDER_SNOOZE_MS;
}
