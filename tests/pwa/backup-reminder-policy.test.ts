import { describe, expect, it } from 'vitest';
import { type BackupFacts, isBackupReminderDue } from '../../src/pwa/backup-reminder-policy';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 10, 9);

function facts(overrides: Partial<BackupFacts>): BackupFacts {
  return {
    firstReviewAt: NOW - 30 * DAY,
    lastReviewAt: NOW - DAY,
    lastExportAt: null,
    dismissedAt: null,
    now: NOW,
    ...overrides,
  };
}

describe('isBackupReminderDue', () => {
  it('stays quiet without reviews', () => {
    expect(isBackupReminderDue(facts({ firstReviewAt: null, lastReviewAt: null }))).toBe(false);
  });

  it('reminds when reviews were never exported and the first is a week old', () => {
    expect(isBackupReminderDue(facts({}))).toBe(true);
    expect(isBackupReminderDue(facts({ firstReviewAt: NOW - 7 * DAY }))).toBe(true);
    expect(isBackupReminderDue(facts({ firstReviewAt: NOW - 6 * DAY, lastReviewAt: NOW }))).toBe(
      false,
    );
  });

  it('reminds when the last export is a week old and reviews came after it', () => {
    expect(isBackupReminderDue(facts({ lastExportAt: NOW - 8 * DAY }))).toBe(true);
    expect(isBackupReminderDue(facts({ lastExportAt: NOW - 6 * DAY }))).toBe(false);
  });

  it('stays quiet when the last export already holds every review, however old', () => {
    expect(
      isBackupReminderDue(facts({ lastExportAt: NOW - 20 * DAY, lastReviewAt: NOW - 21 * DAY })),
    ).toBe(false);
  });

  it('stays quiet for a day after being dismissed', () => {
    expect(isBackupReminderDue(facts({ dismissedAt: NOW - 2 * 60 * 60 * 1000 }))).toBe(false);
    expect(isBackupReminderDue(facts({ dismissedAt: NOW - DAY }))).toBe(true);
  });
});
