import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/card-state';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { saveScheduleRow } from '../../src/storage/schedule-repo';
import { loadWorkloadSample } from '../../src/storage/workload-repo';
import { makeDeck, seedDeck } from '../support/test-database';
import { createTestDatabase, makeScheduleRow, NOW } from './test-db';

let db: DrillbookDb;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

const card = (n: number) => `alpha/what-is-topic-${n}`;

async function rateAs(
  cardId: string,
  stability: number,
  state: State = State.Review,
): Promise<void> {
  await saveScheduleRow(db, makeScheduleRow(cardId, 'alpha', { stability, state }));
}

describe('loadWorkloadSample', () => {
  it('reads the stability of active studied cards and counts the active new ones', async () => {
    await seedDeck(db, makeDeck('alpha', 6), NOW);
    await rateAs(card(1), 12);
    await rateAs(card(2), 0.4, State.Learning);
    await rateAs(card(3), 30);
    await setCardStatus(db, card(3), 'suspended');
    await setCardStatus(db, card(4), 'removed');
    const sample = await loadWorkloadSample(db);
    expect([...sample.stabilities].sort((a, b) => a - b)).toEqual([0.4, 12]);
    // Cards 5 and 6 are new; 4 is removed, 1-3 were rated.
    expect(sample.newCardsLeft).toBe(2);
  });

  it('is empty when there are no cards', async () => {
    expect(await loadWorkloadSample(db)).toEqual({ stabilities: [], newCardsLeft: 0 });
  });
});
