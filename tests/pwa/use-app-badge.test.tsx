import { render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeNavigator } from '../../src/pwa/app-badge';
import { useAppBadge } from '../../src/pwa/use-app-badge';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { installTestDatabase, makeDeck, seedDeck } from '../support/test-database';

let db: DrillbookDb;

function Badge({ nav }: { nav: BadgeNavigator }) {
  useAppBadge(nav, 10);
  return null;
}

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  await seedDeck(db, makeDeck('beta', 2));
});

describe('useAppBadge', () => {
  it("shows what is left today across decks, and follows changes as they're saved", async () => {
    const nav = {
      setAppBadge: vi.fn(async (_count?: number) => undefined),
      clearAppBadge: vi.fn(async () => undefined),
    };
    render(<Badge nav={nav} />);
    await waitFor(() => expect(nav.setAppBadge).toHaveBeenLastCalledWith(5));

    await setCardStatus(db, 'alpha/what-is-topic-1', 'suspended');
    await waitFor(() => expect(nav.setAppBadge).toHaveBeenLastCalledWith(4));

    for (const id of [
      'alpha/what-is-topic-2',
      'alpha/what-is-topic-3',
      'beta/what-is-topic-1',
      'beta/what-is-topic-2',
    ]) {
      await setCardStatus(db, id, 'suspended');
    }
    await waitFor(() => expect(nav.clearAppBadge).toHaveBeenCalled());
  });

  it('does nothing where the browser has no Badging API', async () => {
    const nav = { clearAppBadge: vi.fn(async () => undefined) };
    render(<Badge nav={nav} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(nav.clearAppBadge).not.toHaveBeenCalled();
  });
});
