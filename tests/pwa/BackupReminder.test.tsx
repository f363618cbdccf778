import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupReminder } from '../../src/pwa/BackupReminder';
import type { DrillbookDb } from '../../src/storage/db';
import { saveLastExportAt } from '../../src/storage/meta-repo';
import { getBackupReminderDismissedAt } from '../../src/storage/pwa-repo';
import { makeReview } from '../storage/test-db';
import { renderAt } from '../support/render-at';
import { installTestDatabase } from '../support/test-database';

const DAY = 24 * 60 * 60 * 1000;
let db: DrillbookDb;

async function addReviewDaysAgo(days: number): Promise<void> {
  await db.reviews.add(makeReview(null, { cardId: 'a/1', deckId: 'a' }, Date.now() - days * DAY));
}

beforeEach(() => {
  db = installTestDatabase();
});

describe('BackupReminder', () => {
  it('asks for a backup when a week of reviews is in none, linking to Settings', async () => {
    await addReviewDaysAgo(10);
    await addReviewDaysAgo(1);
    renderAt('/', <BackupReminder />);
    const reminder = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(reminder).toHaveTextContent('not in any backup');
    expect(screen.getByRole('link', { name: 'Export a backup' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });

  it('goes away when dismissed, and stays away across a reload', async () => {
    const user = userEvent.setup();
    await addReviewDaysAgo(10);
    const { unmount } = renderAt('/', <BackupReminder />);
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull(),
    );
    expect(await getBackupReminderDismissedAt(db)).not.toBeNull();

    unmount();
    renderAt('/', <BackupReminder />);
    // Give the live query time to answer before checking that nothing appeared.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
  });

  it('goes away as soon as a backup holds every review', async () => {
    await addReviewDaysAgo(10);
    renderAt('/', <BackupReminder />);
    await screen.findByRole('region', { name: 'Backup reminder' });
    await saveLastExportAt(db, Date.now());
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull(),
    );
  });
});
