import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckDatabaseSection } from '../../../src/features/settings/CheckDatabaseSection';
import type { DrillbookDb } from '../../../src/storage/db';
import { makeReview, makeScheduleRow, NOW } from '../../storage/test-db';
import { installTestDatabase } from '../../support/test-database';

let db: DrillbookDb;
afterEach(() => db.close());

describe('CheckDatabaseSection', () => {
  it('repairs the database on request and says what it found and did', async () => {
    db = installTestDatabase();
    const ghost = makeScheduleRow('web/deleted', 'web');
    await db.schedule.put(ghost);
    await db.reviews.add(makeReview(null, ghost, NOW));
    render(<CheckDatabaseSection />);

    await userEvent.click(screen.getByRole('button', { name: 'Check database' }));
    const report = screen.getByRole('status');
    expect(
      await screen.findByText('Found 1 review of a card that no longer exists: deleted.'),
    ).toBeInTheDocument();
    expect(report).toHaveTextContent('Found 1 schedule row without a card: deleted.');
    expect(await db.reviews.count()).toBe(0);
    expect(await db.schedule.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Check database' }));
    expect(await screen.findByText('Checked the database: no problems found.')).toBeInTheDocument();
  });
});
