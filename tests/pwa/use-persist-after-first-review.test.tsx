import { render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersistableStorage } from '../../src/data/services/storage-persistence';
import {
  resetPersistRequestForTests,
  usePersistAfterFirstReview,
} from '../../src/pwa/use-persist-after-first-review';
import type { DrillbookDb } from '../../src/storage/db';
import { makeReview } from '../storage/test-db';
import { installTestDatabase } from '../support/test-database';

let db: DrillbookDb;

function Persist({ storage }: { storage: PersistableStorage }) {
  usePersistAfterFirstReview(storage);
  return null;
}

function fakeStorage(isPersisted = false) {
  return {
    persisted: vi.fn(async () => isPersisted),
    persist: vi.fn(async () => true),
  } satisfies PersistableStorage;
}

beforeEach(() => {
  db = installTestDatabase();
  resetPersistRequestForTests();
});

describe('usePersistAfterFirstReview', () => {
  it('asks for persistent storage once the first review is saved, and only once', async () => {
    const storage = fakeStorage();
    render(<Persist storage={storage} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storage.persist).not.toHaveBeenCalled();

    await db.reviews.add(makeReview(null, { cardId: 'a/1', deckId: 'a' }, Date.now()));
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await db.reviews.add(makeReview(null, { cardId: 'a/2', deckId: 'a' }, Date.now()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when storage is already persistent', async () => {
    await db.reviews.add(makeReview(null, { cardId: 'a/1', deckId: 'a' }, Date.now()));
    const storage = fakeStorage(true);
    render(<Persist storage={storage} />);
    await waitFor(() => expect(storage.persisted).toHaveBeenCalled());
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
