import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, declareVersion1 } from '../../src/storage/db';
import { openDatabase } from '../../src/storage/open-database';
import { describeStorageError } from '../../src/storage/storage-errors';
import { createTestDatabase, FAKE_IDB, makeDatabaseName, NOW } from './test-db';

const deckRow = {
  id: 'web',
  title: 'Web',
  description: '',
  tags: [],
  source: 'builtin',
  fileName: 'web.md',
  importedAt: NOW,
  contentHash: 'h',
};

describe('openDatabase', () => {
  it('reports an upgrade blocked by an old tab, then completes it once that tab closes', async () => {
    const name = makeDatabaseName();
    const oldTab = new Dexie(name, FAKE_IDB);
    declareVersion1(oldTab);
    await oldTab.table('decks').put(deckRow);
    // An old version of the app that does not yield to upgrades.
    oldTab.on('versionchange', () => false);

    const db = createTestDatabase(name);
    let isOpened = false;
    const blocked = new Promise<string>((resolve) => {
      const opening = openDatabase(db, { onBlocked: resolve });
      void opening.then(() => {
        isOpened = true;
      });
    });
    const message = await blocked;
    expect(message).toMatch(/close the other drillbook tabs/i);
    expect(isOpened).toBe(false);

    oldTab.close();
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await db.decks.toArray()).toEqual([deckRow]);
    db.close();
  });

  it('closes this connection when another tab upgrades, so the upgrade is not blocked', async () => {
    const name = makeDatabaseName();
    const db = createTestDatabase(name);
    const closed = new Promise<string>((resolve) => {
      void openDatabase(db, { onVersionChange: resolve });
    });
    await db.open();

    const newerTab = new Dexie(name, FAKE_IDB);
    newerTab.version(DATABASE_VERSION + 1).stores({ decks: 'id, source' });
    await newerTab.open();
    expect(await closed).toMatch(/updated in another tab.*reload/i);
    expect(db.isOpen()).toBe(false);

    const error = await db.decks.count().catch((e: unknown) => e);
    expect(describeStorageError(error)).toMatch(/reload the page/i);
    newerTab.close();
  });
});
