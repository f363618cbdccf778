import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DrillbookDb } from '../../../src/storage/db';
import { getDeckLimits, getTheme } from '../../../src/storage/settings-repo';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { renderSettings } from './settings-test-support';

let db: DrillbookDb;

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  await seedDeck(db, makeDeck('beta', 2));
  delete document.documentElement.dataset.theme;
  window.localStorage.clear();
});

describe('Settings: theme', () => {
  it('applies the chosen theme to the page at once and stores it', async () => {
    renderSettings(db);
    const dark = await screen.findByRole('radio', { name: 'Dark' });
    await waitFor(() => expect(screen.getByRole('radio', { name: 'System' })).toBeChecked());
    await userEvent.click(dark);
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(async () => expect(await getTheme(db)).toBe('dark'));
    expect(dark).toBeChecked();
    expect(window.localStorage.getItem('drillbook-theme')).toBe('dark');
    await userEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('Settings: per-deck limits', () => {
  it("stores a deck's own limit, lists it, and removes it when the field is emptied", async () => {
    renderSettings(db);
    const section = within(screen.getByRole('region', { name: 'Per-deck limits' }));
    await section.findByRole('option', { name: 'Deck beta' });
    await userEvent.selectOptions(section.getByLabelText('Deck to limit'), 'beta');
    const field = section.getByLabelText('New cards a day from this deck');
    await userEvent.type(field, '4');
    await waitFor(async () =>
      expect(await getDeckLimits(db)).toEqual({ beta: { newCardsPerDay: 4 } }),
    );
    expect(
      await section.findByRole('list', { name: 'Decks with their own limits' }),
    ).toHaveTextContent('Deck beta: 4 new a day');
    await userEvent.type(section.getByLabelText('Reviews a day from this deck'), '-1');
    expect(section.getByLabelText('Reviews a day from this deck')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await userEvent.clear(field);
    await waitFor(async () => expect(await getDeckLimits(db)).toEqual({}));
    expect(await section.findByText('No deck has limits of its own.')).toBeInTheDocument();
  });
});
