import { afterEach, describe, expect, it } from 'vitest';
import type { DrillbookDb } from '../../src/storage/db';
import { importDecks } from '../../src/storage/import-repo';
import { listReviewsForCard } from '../../src/storage/review-repo';
import { compileBank, HUNDRED_TWENTY } from '../domain/deck-sync/output-bank';
import { rate } from './backup-fixture';
import { createTestDatabase, DAY, NOW } from './test-db';

let db: DrillbookDb;
afterEach(() => db?.close());

describe('importDecks with questions that read the same', () => {
  it('keeps each reviewed "What\'s the output?" card\'s schedule and history when one is inserted at the top', async () => {
    db = createTestDatabase();
    const first = compileBank(HUNDRED_TWENTY);
    await importDecks(db, [first], NOW - 10 * DAY);
    const reviewed = [first.cards[0], first.cards[57], first.cards[119]].map(
      (card) => card?.id ?? '',
    );
    const rows = [];
    for (const [i, id] of reviewed.entries()) rows.push(await rate(db, id, NOW - 9 * DAY, `r${i}`));

    const [summary] = await importDecks(db, [compileBank([500, ...HUNDRED_TWENTY])], NOW);
    expect(summary?.counts).toMatchObject({ added: 1, unchanged: 120, renamed: 0, removed: 0 });
    for (const [i, id] of reviewed.entries()) {
      expect(await db.schedule.get(id)).toEqual(rows[i]);
      expect((await listReviewsForCard(db, id)).map((review) => review.id)).toEqual([`r${i}`]);
    }
    expect((await db.cards.get(reviewed[1] ?? ''))?.prompt).toBe(first.cards[57]?.prompt);
  });
});
