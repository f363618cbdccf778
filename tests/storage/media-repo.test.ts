import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup, serializeBackup } from '../../src/storage/backup';
import { syncDecks } from '../../src/storage/bank-sync';
import { mediaTables, putMediaFiles, readMediaFile } from '../../src/storage/media-repo';
import { JPEG_HEAD, PNG_2X1, SVG_WITH_SCRIPT } from '../support/media-samples';
import { makeDeck } from '../support/test-database';
import { createTestDatabase, NOW } from './test-db';

describe('media repository', () => {
  it('stores images and reads them back for display', async () => {
    const db = createTestDatabase();
    const result = await putMediaFiles(
      db,
      [
        { key: 'chart.png', type: 'image/png', bytes: PNG_2X1 },
        { key: 'photo.jpg', type: 'image/jpeg', bytes: JPEG_HEAD },
      ],
      { now: NOW },
    );
    expect(result).toEqual({ stored: 2, unchanged: 0, problems: [] });
    expect(await readMediaFile(db, 'chart.png')).toEqual({
      key: 'chart.png',
      type: 'image/png',
      bytes: PNG_2X1,
    });
    expect(await db.media.get('photo.jpg')).toEqual({
      key: 'photo.jpg',
      type: 'image/jpeg',
      bytes: JPEG_HEAD,
      size: JPEG_HEAD.length,
      addedAt: NOW,
    });
    expect(await readMediaFile(db, 'missing.png')).toBeNull();
    expect(await readMediaFile(db, '../chart.png')).toBeNull();
    db.close();
  });

  it('stores the same key once, however often it is given', async () => {
    const db = createTestDatabase();
    const chart = { key: 'chart.png', type: 'image/png', bytes: PNG_2X1 };
    const first = await putMediaFiles(db, [chart, chart], { now: NOW });
    expect(first).toEqual({ stored: 1, unchanged: 0, problems: [] });
    // Imported again later: nothing is written, the first import's time stays.
    const again = await putMediaFiles(db, [chart], { now: NOW + 1000 });
    expect(again).toEqual({ stored: 0, unchanged: 1, problems: [] });
    expect(await db.media.count()).toBe(1);
    expect((await db.media.get('chart.png'))?.addedAt).toBe(NOW);
    db.close();
  });

  it('keeps the first of two files that share a key with different bytes, and says so', async () => {
    const db = createTestDatabase();
    const result = await putMediaFiles(db, [
      { key: 'chart.png', type: 'image/png', bytes: PNG_2X1 },
      { key: 'chart.png', type: 'image/jpeg', bytes: JPEG_HEAD },
    ]);
    expect(result.stored).toBe(1);
    expect(result.problems).toEqual([
      {
        key: 'chart.png',
        message: 'image "chart.png" appears twice with different content; the first is kept',
      },
    ]);
    expect((await readMediaFile(db, 'chart.png'))?.bytes).toEqual(PNG_2X1);
    db.close();
  });

  it('refuses bad files by name and stores the good ones', async () => {
    const db = createTestDatabase();
    const result = await putMediaFiles(db, [
      { key: 'evil.svg', type: 'image/svg+xml', bytes: SVG_WITH_SCRIPT },
      { key: '.hidden.png', type: 'image/png', bytes: PNG_2X1 },
      { key: 'fake.png', type: 'image/png', bytes: SVG_WITH_SCRIPT },
      { key: 'good.png', type: 'image/png', bytes: PNG_2X1 },
    ]);
    expect(result.stored).toBe(1);
    expect(result.problems.map((problem) => problem.key)).toEqual([
      'evil.svg',
      '.hidden.png',
      'fake.png',
    ]);
    for (const problem of result.problems) expect(problem.message).toContain(`"${problem.key}"`);
    expect((await db.media.toArray()).map((row) => row.key)).toEqual(['good.png']);
    db.close();
  });

  it('stores a copy of just the image when given a view into a larger buffer', async () => {
    const db = createTestDatabase();
    const buffer = new Uint8Array(1000);
    buffer.set(PNG_2X1, 100);
    const view = buffer.subarray(100, 100 + PNG_2X1.length);
    await putMediaFiles(db, [{ key: 'chart.png', type: 'image/png', bytes: view }]);
    const row = await db.media.get('chart.png');
    expect(row?.bytes.buffer.byteLength).toBe(PNG_2X1.length);
    expect(row?.size).toBe(PNG_2X1.length);
    db.close();
  });

  it("joins the caller's transaction: a failure after it stores nothing", async () => {
    const db = createTestDatabase();
    const failing = db.transaction('rw', [...mediaTables(db), db.decks], async () => {
      await putMediaFiles(db, [{ key: 'chart.png', type: 'image/png', bytes: PNG_2X1 }]);
      throw new Error('the deck could not be written');
    });
    await expect(failing).rejects.toThrow('the deck could not be written');
    expect(await db.media.count()).toBe(0);
    db.close();
  });

  it('stays out of backups, and a restore leaves the stored images as they were', async () => {
    const laptop = createTestDatabase();
    await syncDecks(laptop, [makeDeck('charts', 2)], 'import', NOW);
    await putMediaFiles(laptop, [{ key: 'chart.png', type: 'image/png', bytes: PNG_2X1 }]);
    const backup = await exportBackup(laptop, NOW);
    expect(serializeBackup(backup)).not.toMatch(/media|chart\.png/);

    const phone = createTestDatabase();
    await putMediaFiles(phone, [{ key: 'photo.jpg', type: 'image/jpeg', bytes: JPEG_HEAD }]);
    await restoreBackup(phone, backup, 'laptop.json');
    expect(await phone.cards.count()).toBe(2);
    expect((await phone.media.toArray()).map((row) => row.key)).toEqual(['photo.jpg']);
    laptop.close();
    phone.close();
  });
});
