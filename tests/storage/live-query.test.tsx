// In the DOM project: Dexie's live queries rely on browser globals that Node lacks.
import { afterEach, describe, expect, it } from 'vitest';
import type { DrillbookDb } from '../../src/storage/db';
import { createLiveSource } from '../../src/storage/live-query';
import { createTestDatabase } from './test-db';

let db: DrillbookDb;

afterEach(async () => {
  await db.delete();
});

function countingSource() {
  const calls = { count: 0 };
  const source = createLiveSource(
    async () => {
      calls.count += 1;
      return (await db.settings.toArray()).map((row) => row.key);
    },
    { isStarted: true },
  );
  return { source, calls };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('createLiveSource, started at once', () => {
  it('reads once before anyone subscribes, and a subscriber goes on without a second read', async () => {
    db = createTestDatabase();
    await db.settings.put({ key: 'a', value: 1 });
    const { source, calls } = countingSource();
    await source.ready;
    expect(source.read()).toEqual(['a']);
    const seen: string[][] = [];
    const unsubscribe = source.subscribe(() => seen.push(source.read() ?? []));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.count).toBe(1);

    await db.settings.put({ key: 'b', value: 2 });
    await until(() => seen.length > 0);
    expect(source.read()).toEqual(['a', 'b']);
    expect(calls.count).toBe(2);
    unsubscribe();
  });

  it('stops when its last subscriber leaves, and starts again for a new one', async () => {
    db = createTestDatabase();
    // Opened first: creating the database would count as a change and run the query again.
    await db.open();
    const { source, calls } = countingSource();
    await source.ready;
    source.subscribe(() => {})();
    await db.settings.put({ key: 'while-stopped', value: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.count).toBe(1);
    expect(source.read()).toEqual([]);

    const unsubscribe = source.subscribe(() => {});
    await until(() => source.read()?.length === 1);
    expect(calls.count).toBe(2);
    unsubscribe();
  });

  it('reports a failing query as its error', async () => {
    db = createTestDatabase();
    const source = createLiveSource(
      async () => {
        await db.settings.toArray();
        throw new Error('broken query');
      },
      { isStarted: true },
    );
    await source.ready;
    expect(source.read()).toBeUndefined();
    expect(source.readError()).toBeInstanceOf(Error);
  });
});
