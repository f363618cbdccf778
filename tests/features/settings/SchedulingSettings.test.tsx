import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSchedulerSettings } from '../../../src/domain/scheduler/settings';
import type { DrillbookDb } from '../../../src/storage/db';
import { getSchedulerSettings } from '../../../src/storage/settings-repo';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { renderSettings } from './settings-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
});

const stored = () => getSchedulerSettings(db, defaultSchedulerSettings);

/**
 * Replaces the field's text in one change, as a paste does. Typed key by key, a pause of
 * the busy test machine inside `2.5` could rightly save its `2`.
 */
async function retype(label: string, text: string): Promise<HTMLElement> {
  const input = await screen.findByLabelText(label);
  await userEvent.tripleClick(input);
  await userEvent.paste(text);
  expect(input).toHaveValue(input.getAttribute('type') === 'number' ? Number(text) : text);
  return input;
}

describe('Settings: scheduling', () => {
  it('shows why invalid steps cannot be used, next to the field, and stores nothing', async () => {
    renderSettings(db);
    const input = await retype('Learning steps', '1m soon');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('"soon" is not a step. Use numbers with m, h or d, like 1m 10m.'),
    );
    // Leaving the field saves whatever is waiting to be saved: here, nothing.
    await userEvent.tab();
    expect(await stored()).toMatchObject({ learningSteps: ['1m', '10m'] });
    expect(input).toHaveValue('1m soon');
  });

  it('stores valid steps at once, and they are there after the screen is opened again', async () => {
    const first = renderSettings(db);
    const input = await retype('Learning steps', '2m, 15m 1h');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    await waitFor(async () => expect((await stored()).learningSteps).toEqual(['2m', '15m', '1h']));
    expect(input).toHaveValue('2m, 15m 1h');
    expect(input).toHaveAccessibleDescription(
      'A new card comes back after 2 minutes, then after 15 minutes, then after 1 hour, before it returns to daily reviews.',
    );
    first.unmount();
    renderSettings(db);
    expect(await screen.findByLabelText('Learning steps')).toHaveValue('2m 15m 1h');
  });

  it('refuses a desired retention outside 0.70-0.99 and stores one inside, with its workload', async () => {
    renderSettings(db);
    const input = await retype('Desired retention', '0.5');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('from 0.70 to 0.99'));
    expect((await stored()).desiredRetention).toBe(0.9);
    await retype('Desired retention', '0.85');
    await waitFor(async () => expect((await stored()).desiredRetention).toBe(0.85));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        /^At 85%, you should remember about 9 in 10 cards .* Expected workload: about \d+ reviews a day/,
      ),
    );
  });

  it('stores the day start hour and interval fuzz as they are changed', async () => {
    renderSettings(db);
    await userEvent.selectOptions(await screen.findByLabelText('Day starts at'), '6');
    await userEvent.click(screen.getByLabelText('Interval fuzz'));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ dayStartHour: 6, isFuzzEnabled: false }),
    );
    expect(await screen.findByText(/^A new study day starts at 06:00\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Interval fuzz')).not.toBeChecked();
  });
});

describe('Settings: daily limits', () => {
  it('refuses a negative or fractional limit and stores a whole one', async () => {
    renderSettings(db);
    const input = await retype('New cards per day', '-3');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use a whole number from 0 to 10000.')).toBeInTheDocument();
    await retype('Maximum reviews per day', '2.5');
    await userEvent.tab();
    expect((await stored()).maxReviewsPerDay).toBe(200);
    await retype('New cards per day', '7');
    await retype('Maximum reviews per day', '90');
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ newCardsPerDay: 7, maxReviewsPerDay: 90 }),
    );
    expect(screen.getByLabelText('New cards per day')).toHaveAttribute('aria-invalid', 'false');
  });
});
