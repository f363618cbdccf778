import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { BASIC, buildAnkiPackage, CLOZE, type TestRevlog } from '../support/anki-package';
import { PNG_2X1 } from '../support/media-samples';
import { expect, test } from './fixtures';
import { countRows, openImport } from './import-helpers';
import { waitForOfflineReady } from './pwa-helpers';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'anki');
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9);
const FIVE_REVIEWS: TestRevlog[] = [0, 1, 4, 12, 30].map((day, i) => ({
  at: T0 + day * DAY,
  ease: i === 2 ? 2 : 3,
  type: i === 0 ? 0 : 1,
}));

function ankiFile(name: string, bytes: Uint8Array) {
  return { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) };
}

async function buildHistoryPackage() {
  return buildAnkiPackage({
    version: 'anki21b',
    notes: [
      {
        guid: 'tcp-note',
        notetype: BASIC,
        fields: [
          'What does <b>TCP</b> guarantee?<br><img src="handshake.png" alt="handshake">',
          'Ordered, reliable delivery',
        ],
        tags: ['networking'],
        deck: 'Anki History',
        cards: [{ ord: 0, revlog: FIVE_REVIEWS }],
      },
      {
        guid: 'dns-note',
        notetype: CLOZE,
        fields: ['{{c1::DNS}} resolves names to addresses', ''],
        deck: 'Anki History',
        cards: [{ ord: 0, queue: -1 }],
      },
    ],
    media: { 'handshake.png': PNG_2X1 },
  });
}

test('imports the real current Anki package of 340 notes, and again without adding anything', async ({
  page,
  appUrl,
}) => {
  const file = ankiFile(
    'music-intervals-anki21b.apkg',
    await readFile(join(FIXTURES, 'music-intervals-anki21b.apkg')),
  );
  await openImport(page, appUrl);
  const before = await countRows(page);
  await page.getByLabel('Import deck').setInputFiles(file);
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText(
    'Imported 59 cards into Music Intervals › 1/ Easy - major 2nd, 3rd, perfect 5th: 59 added',
  );
  await expect(status).toContainText('Imported 102 cards into Music Intervals › 4/ Chords');
  const after = await countRows(page);
  expect(after.decks - before.decks).toBe(4);
  expect(after.cards - before.cards).toBe(340);

  await page.getByRole('link', { name: 'Decks' }).click();
  await page
    .getByRole('link', {
      name: 'Music Intervals › 1/ Easy - major 2nd, 3rd, perfect 5th',
      exact: true,
    })
    .click();
  await expect(page.getByText('The perfect 5th of C is...').first()).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  await page.getByLabel('Import deck').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 59 cards into Music Intervals › 1/ Easy - major 2nd, 3rd, perfect 5th: 0 added, 0 updated, 0 renamed, 59 unchanged',
  );
  expect(await countRows(page)).toEqual(after);
});

test('imports a package with review history: the reviewed card is scheduled, and a second import adds nothing twice', async ({
  page,
  appUrl,
}) => {
  const file = ankiFile('history.apkg', await buildHistoryPackage());
  await openImport(page, appUrl);
  const before = await countRows(page);
  await page.getByLabel('Import deck').setInputFiles(file);
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('Imported 2 cards into Anki History: 2 added');
  await expect(status).toContainText(
    'Review history from history.apkg: 5 new reviews, 1 card rescheduled.',
  );
  const after = await countRows(page);
  expect(after).toEqual({
    decks: before.decks + 1,
    cards: before.cards + 2,
    schedule: before.schedule + 1,
    reviews: before.reviews + 5,
  });

  await page.getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: 'Anki History', exact: true }).click();
  await expect(page.getByText('What does TCP guarantee?').first()).toBeVisible();
  // The package's picture, stored with the import, shows from the device.
  await expect(page.getByRole('img', { name: 'handshake' })).toHaveAttribute('src', /^blob:/);
  await page.getByRole('button', { name: 'Next card' }).click();
  await expect(
    page.getByRole('region', { name: 'Question' }).getByText('[...] resolves names to addresses'),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  await page.getByLabel('Import deck').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Review history from history.apkg: 0 new reviews, 0 cards rescheduled.',
  );
  expect(await countRows(page)).toEqual(after);
});

test('names each bad Anki file and writes nothing', async ({ page, appUrl }) => {
  const unknownSchema = await buildAnkiPackage({
    version: 'anki21',
    notes: [{ guid: 'x', notetype: BASIC, fields: ['Q', 'A'], deck: 'D' }],
    schemaVersion: 99,
  });
  const files = [
    ankiFile('not-a-zip.apkg', new TextEncoder().encode('just some text')),
    ankiFile('photos.apkg', zipSync({ 'photo.txt': new Uint8Array([1, 2, 3]) })),
    ankiFile(
      'corrupt.apkg',
      zipSync({ 'collection.anki21': new TextEncoder().encode('not sqlite '.repeat(100)) }),
    ),
    ankiFile('future.colpkg', unknownSchema),
  ];
  await openImport(page, appUrl);
  const before = await countRows(page);
  await page.getByLabel('Import deck').setInputFiles(files);
  const status = page.getByRole('status').filter({ hasText: 'not-a-zip.apkg' });
  await expect(status).toContainText(
    'not-a-zip.apkg: is not an Anki package: it cannot be read as a zip file',
  );
  await expect(status).toContainText('photos.apkg: is a zip file but not an Anki package');
  await expect(status).toContainText(
    'corrupt.apkg: is damaged: its collection is not a readable SQLite database',
  );
  await expect(status).toContainText(
    'future.colpkg: holds a collection of Anki schema version 99, which Drillbook cannot read',
  );
  await expect(status).not.toContainText('Imported');
  expect(await countRows(page)).toEqual(before);
});

test('once one Anki package was imported, another imports offline: the reader is cached', async ({
  page,
  context,
  appUrl,
}) => {
  await page.goto(appUrl);
  const precached = await waitForOfflineReady(page);
  // The reader is not in the precache: it loads only for Anki packages.
  expect(precached.some((path) => path.startsWith('/assets/anki/'))).toBe(false);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await openImport(page, appUrl);
  await page
    .getByLabel('Import deck')
    .setInputFiles(ankiFile('history.apkg', await buildHistoryPackage()));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 2 cards into Anki History',
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await page
    .getByLabel('Import deck')
    .setInputFiles(ankiFile('oo-design.apkg', await readFile(join(FIXTURES, 'oo-design.apkg'))));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 6 cards into OO Design: 6 added',
  );
});
