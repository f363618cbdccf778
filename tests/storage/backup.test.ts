import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledDeck } from '../../src/domain/card-types';
import type { BackupFile } from '../../src/domain/deck-import/backup-format';
import { parseBackupJson } from '../../src/domain/deck-import/parse-backup';
import { replayReviews } from '../../src/domain/scheduler/replay';
import { defaultSchedulerSettings } from '../../src/domain/scheduler/settings';
import { exportBackup, restoreBackup, serializeBackup } from '../../src/storage/backup';
import { syncDecks } from '../../src/storage/bank-sync';
import { setCardStatus } from '../../src/storage/card-repo';
import type { DrillbookDb } from '../../src/storage/db';
import { importDecks } from '../../src/storage/import-repo';
import { getLastExportAt } from '../../src/storage/meta-repo';
import { saveSetting } from '../../src/storage/settings-repo';
import { makeDeck } from '../support/test-database';
import { MINUTE, rate } from './backup-fixture';
import { createTestDatabase, DAY, NOW } from './test-db';

const open: DrillbookDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function freshDevice(): DrillbookDb {
  const db = createTestDatabase();
  open.push(db);
  return db;
}

/** A device as the app leaves it: the built-in bank, an imported deck, some reviews. */
async function studiedDevice(): Promise<DrillbookDb> {
  const db = freshDevice();
  await syncDecks(db, [makeDeck('builtin', 4)], 'builtin', NOW - 5 * DAY);
  await importDecks(db, [makeDeck('mine', 3)], NOW - 4 * DAY);
  await rate(db, 'mine/what-is-topic-1', NOW - 3 * DAY, 'a1');
  await rate(db, 'mine/what-is-topic-1', NOW - 3 * DAY + 10 * MINUTE, 'a2');
  await rate(db, 'builtin/what-is-topic-2', NOW - 2 * DAY, 'a3', 1);
  await setCardStatus(db, 'mine/what-is-topic-3', 'suspended');
  await saveSetting(db, 'theme', 'dark');
  return db;
}

function withoutExportTime(text: string): string {
  return text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');
}

function parse(text: string): BackupFile {
  const parsed = parseBackupJson(text, 'backup.json');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.backup;
}

describe('exportBackup and restoreBackup', () => {
  it('round-trips: export, restore into a fresh app, export again gives the same file but exportedAt', async () => {
    const first = serializeBackup(await exportBackup(await studiedDevice(), NOW));

    const restored = freshDevice();
    // A fresh app has synced its built-in bank before the user gets to Settings.
    await syncDecks(restored, [makeDeck('builtin', 4)], 'builtin', NOW + DAY);
    const summary = await restoreBackup(restored, parse(first), 'backup.json');
    expect(summary).toMatchObject({ mode: 'replaced', decks: 2, cards: 7, reviews: 3 });
    const second = serializeBackup(await exportBackup(restored, NOW + 2 * DAY));

    expect(second).not.toBe(first);
    expect(withoutExportTime(second)).toBe(withoutExportTime(first));
    expect(await restored.cards.get('builtin/what-is-topic-1')).toMatchObject({
      newQueuePosition: 0,
    });
  });

  it('records when a backup was exported, for the backup reminder', async () => {
    const db = freshDevice();
    expect(await getLastExportAt(db)).toBeNull();
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({
      format: 'drillbook-backup',
      version: 1,
      exportedAt: '2026-03-10T09:00:00.000Z',
    });
    expect(await getLastExportAt(db)).toBe(NOW);
  });

  it("merges another device's backup: every review once, a card reviewed on both replayed", async () => {
    const laptop = await studiedDevice();
    const phone = freshDevice();
    await restoreBackup(phone, await exportBackup(laptop, NOW - DAY), 'laptop.json');
    // Both devices go on studying the same card, and each also studies its own.
    await rate(laptop, 'mine/what-is-topic-1', NOW, 'laptop-1');
    await rate(phone, 'mine/what-is-topic-1', NOW + 2 * DAY, 'phone-1', 2);
    await rate(phone, 'mine/what-is-topic-2', NOW + 2 * DAY, 'phone-2');
    await importDecks(phone, [makeDeck('phone-only', 2)], NOW + 2 * DAY);

    const summary = await restoreBackup(
      laptop,
      await exportBackup(phone, NOW + 3 * DAY),
      'phone.json',
    );
    expect(summary).toMatchObject({ mode: 'merged', newReviews: 2, rebuiltCards: 1, decks: 3 });

    const reviews = await laptop.reviews.toArray();
    expect(reviews.map((review) => review.id).sort()).toEqual(
      ['a1', 'a2', 'a3', 'laptop-1', 'phone-1', 'phone-2'].sort(),
    );
    const shared = reviews.filter((review) => review.cardId === 'mine/what-is-topic-1');
    expect(await laptop.schedule.get('mine/what-is-topic-1')).toEqual(
      replayReviews('mine/what-is-topic-1', 'mine', shared, defaultSchedulerSettings),
    );
    expect(await laptop.schedule.get('mine/what-is-topic-2')).toEqual(
      await phone.schedule.get('mine/what-is-topic-2'),
    );
    expect(await laptop.cards.where('deckId').equals('phone-only').count()).toBe(2);
  });

  it('changes nothing when the same backup is merged twice', async () => {
    const laptop = await studiedDevice();
    const backup = await exportBackup(laptop, NOW);
    await rate(laptop, 'mine/what-is-topic-2', NOW + DAY, 'later');
    const before = serializeBackup(await exportBackup(laptop, NOW + DAY));
    await restoreBackup(laptop, backup, 'old.json');
    await restoreBackup(laptop, backup, 'old.json');
    expect(serializeBackup(await exportBackup(laptop, NOW + DAY))).toBe(before);
  });
});

const prompt = '```js\nconsole.log(typeof null);\n```';
const choices = [
  { text: '`"null"`', correct: false },
  { text: '`"object"`', correct: true },
  { text: '`"undefined"`', correct: false },
];

/** A deck whose first card has a prompt and the bank's own options, the second only a prompt. */
function deckWithPromptAndChoices(): CompiledDeck {
  const deck = makeDeck('quiz', 3);
  const [first, second, ...rest] = deck.cards;
  if (!first || !second) throw new Error('expected cards');
  return {
    ...deck,
    cards: [{ ...first, prompt, choices }, { ...second, prompt: 'Given `x = 1`.' }, ...rest],
  };
}

describe('backup of cards with a prompt and choices', () => {
  it('carries both through export and restore, and exports the same file again', async () => {
    const device = freshDevice();
    await importDecks(device, [deckWithPromptAndChoices()], NOW - DAY);
    const first = serializeBackup(await exportBackup(device, NOW));
    expect(first).toContain('"prompt": "```js\\nconsole.log(typeof null);\\n```"');

    const restored = freshDevice();
    await restoreBackup(restored, parse(first), 'backup.json');

    const cards = await restored.cards.where('deckId').equals('quiz').sortBy('position');
    expect(cards[0]).toMatchObject({ prompt, choices });
    expect(cards[1]).toMatchObject({ prompt: 'Given `x = 1`.' });
    expect(cards[1]?.choices).toBeUndefined();
    const second = serializeBackup(await exportBackup(restored, NOW));
    expect(second).toBe(first);
  });
});
