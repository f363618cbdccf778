import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { type SyncServer, startSyncServer } from '../../scripts/sync-server';
import { countReviews, readAllRows } from './database-helpers';
import { expect, test } from './fixtures';
import { markdownFile, NETWORKING, openImport } from './import-helpers';

// Two browser contexts are two devices with their own storage, syncing through a
// CouchDB-compatible server that each test starts on a free port.
const USER = { name: 'alice', password: 'correct horse battery' };
const deckTitle = 'Backend Interview Fundamentals';
// Sync is live, but a busy machine runs two browsers, two servers and a build at once.
const SYNC_TIMEOUT = 20_000;

type Device = { context: BrowserContext; page: Page };

// Each test runs two devices and a server: more than the suite's default minute on a busy machine.
test.describe.configure({ timeout: 90_000 });

let servers: SyncServer[] = [];
let contexts: BrowserContext[] = [];

test.afterEach(async () => {
  for (const context of contexts) await context.close();
  for (const server of servers) await server.stop();
  contexts = [];
  servers = [];
});

async function startServer(appUrl: string, port = 0, storeName?: string): Promise<SyncServer> {
  const server = await startSyncServer({ port, users: [USER], origin: appUrl, storeName });
  servers.push(server);
  return server;
}

async function openDevice(browser: Browser): Promise<Device> {
  const context = await browser.newContext();
  contexts.push(context);
  return { context, page: await context.newPage() };
}

function syncSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Sync' });
}

/** Settings > Sync, as a user fills it in; returns the section's status. */
async function turnOnSync(
  page: Page,
  appUrl: string,
  server: SyncServer,
  password = USER.password,
) {
  await page.goto(`${appUrl}/settings`);
  const section = syncSection(page);
  await section.getByLabel('Server URL').fill(server.databaseUrl(USER.name));
  await section.getByLabel('Username').fill(USER.name);
  await section.getByLabel('Password').fill(password);
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  return section.getByRole('status');
}

/** Two devices with sync on, both synced. */
async function openSyncedDevices(browser: Browser, appUrl: string, server: SyncServer) {
  const a = await openDevice(browser);
  const b = await openDevice(browser);
  for (const device of [a, b]) {
    await expect(await turnOnSync(device.page, appUrl, server)).toContainText('Synced at', {
      timeout: SYNC_TIMEOUT,
    });
  }
  return { a, b };
}

function deckCounts(page: Page): Locator {
  return page.getByRole('list', { name: `${deckTitle}: today` });
}

/** Follows a link of the main navigation: no reload, so sync keeps running as it is. */
async function navigate(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

/** The Decks screen, the built-in bank not reviewed yet. */
async function openUnreviewedDecks(page: Page): Promise<void> {
  await navigate(page, 'Decks');
  await expect(deckCounts(page)).toContainText('20 new');
}

function queueCounts(page: Page): Locator {
  return page.getByText(/left today:/);
}

/** Space shows the answer, 3 rates Good; waits until the next question replaces this one. */
async function rateGood(page: Page): Promise<void> {
  await rateWith(page, '3', /^Good/);
}

async function openReview(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/review`);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
}

/** Space shows the answer, then a rating key (1 Again … 4 Easy); waits for the next question. */
async function rateWith(page: Page, key: '1' | '3', button: RegExp): Promise<void> {
  const heading = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  const question = (await heading.textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: button })).toBeVisible();
  await page.keyboard.press(key);
  await expect(heading).not.toHaveText(question);
}

/** The Memory figures that do not move with the clock (not due in, not retrievability). */
async function readMemory(page: Page): Promise<string> {
  const memory = page.getByRole('region', { name: 'Memory' });
  await expect(memory.getByRole('term').filter({ hasText: /^Stability$/ })).toBeVisible();
  const terms = await memory.getByRole('term').allTextContents();
  const values = await memory.getByRole('definition').allTextContents();
  const kept = new Set(['State', 'Stability', 'Difficulty', 'Reviews']);
  return terms
    .map((term, i) => `${term}: ${values[i]}`)
    .filter((_, i) => kept.has(terms[i] ?? ''))
    .join('; ');
}

/** Offline as on a device that has used the app before: its service worker holds the code. */
async function goOffline(device: Device): Promise<void> {
  await device.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await device.context.setOffline(true);
}

async function expectReviewCount(page: Page, count: number): Promise<void> {
  await expect.poll(() => countReviews(page), { timeout: SYNC_TIMEOUT }).toBe(count);
}

test('a rating on A shows on B’s open Decks and Review screens, and Undo on A removes it on B', async ({
  browser,
  appUrl,
}) => {
  const server = await startServer(appUrl);
  const { a, b } = await openSyncedDevices(browser, appUrl, server);
  await openUnreviewedDecks(b.page);

  await openReview(a.page, appUrl);
  await rateGood(a.page);
  await expect(deckCounts(b.page)).toContainText('19 new', { timeout: SYNC_TIMEOUT });
  await expect(deckCounts(b.page)).toContainText('1 learning');

  await navigate(b.page, 'Review');
  await expect(queueCounts(b.page)).toContainText('19 new, 1 learning');
  await rateGood(a.page);
  await expect(queueCounts(b.page)).toContainText('18 new, 2 learning', { timeout: SYNC_TIMEOUT });
  await expectReviewCount(b.page, 2);

  await a.page.getByRole('button', { name: 'Undo' }).click();
  await expect(queueCounts(a.page)).toContainText('19 new, 1 learning');
  await expect(queueCounts(b.page)).toContainText('19 new, 1 learning', { timeout: SYNC_TIMEOUT });
  await expectReviewCount(b.page, 1);
});

test('offline on both devices: ratings wait, go out when the network returns, and converge', async ({
  browser,
  appUrl,
}) => {
  const server = await startServer(appUrl);
  const { a, b } = await openSyncedDevices(browser, appUrl, server);
  await openReview(a.page, appUrl);
  await openReview(b.page, appUrl);
  // As on a device that has used the app before: its service worker holds the app's code.
  for (const { page } of [a, b]) {
    await expect(queueCounts(page)).toContainText('20 new');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  await a.context.setOffline(true);
  await b.context.setOffline(true);

  // The same first cards on both, and a third on B only: every review is kept, none twice.
  await rateGood(a.page);
  await rateGood(a.page);
  for (let i = 0; i < 3; i += 1) await rateGood(b.page);
  expect(await countReviews(a.page)).toBe(2);
  expect(await countReviews(b.page)).toBe(3);

  await a.context.setOffline(false);
  await b.context.setOffline(false);
  await expectReviewCount(a.page, 5);
  await expectReviewCount(b.page, 5);
  const ids = (await readAllRows(a.page, 'reviews')).map((row) => JSON.stringify(row));
  expect(new Set(ids).size).toBe(5);
  await expect
    .poll(() => readAllRows(b.page, 'reviews'), { timeout: SYNC_TIMEOUT })
    .toEqual(await readAllRows(a.page, 'reviews'));
  await expect
    .poll(async () => JSON.stringify(await readAllRows(b.page, 'schedule')), {
      timeout: SYNC_TIMEOUT,
    })
    .toBe(JSON.stringify(await readAllRows(a.page, 'schedule')));
});

test('the same card reviewed on both devices offline keeps both reviews, once each, and one state', async ({
  browser,
  appUrl,
}) => {
  const server = await startServer(appUrl);
  const { a, b } = await openSyncedDevices(browser, appUrl, server);
  for (const device of [a, b]) {
    await openReview(device.page, appUrl);
    await expect(queueCounts(device.page)).toContainText('20 new');
  }
  for (const device of [a, b]) await goOffline(device);
  const firstQuestion = async (page: Page) =>
    (await page.getByRole('region', { name: 'Question' }).getByRole('heading').textContent()) ?? '';
  const question = await firstQuestion(a.page);
  expect(await firstQuestion(b.page)).toBe(question);
  await rateGood(a.page);
  await rateWith(b.page, '1', /^Again/);

  await a.context.setOffline(false);
  await b.context.setOffline(false);
  await expectReviewCount(a.page, 2);
  await expectReviewCount(b.page, 2);
  const reviews = (await readAllRows(a.page, 'reviews')) as { cardId: string }[];
  const [review] = reviews;
  if (review === undefined) throw new Error('no review in the database');
  expect(reviews.filter((row) => row.cardId === review.cardId)).toHaveLength(2);
  const schedule = async (page: Page) =>
    JSON.stringify(
      (await readAllRows(page, 'schedule')).filter(
        (row) => (row as { cardId: string }).cardId === review.cardId,
      ),
    );
  await expect.poll(() => schedule(b.page), { timeout: SYNC_TIMEOUT }).toBe(await schedule(a.page));
  expect(await readAllRows(b.page, 'reviews')).toEqual(await readAllRows(a.page, 'reviews'));

  // As a user checks it: the card's history and memory, the same on both devices.
  const memory: string[] = [];
  for (const { page } of [a, b]) {
    await page.goto(`${appUrl}/cards/${encodeURIComponent(review.cardId)}`);
    await expect(page.getByRole('heading', { name: 'Card details' })).toBeVisible();
    // The card both devices reviewed first, offline.
    expect(question).toContain(await page.getByRole('heading', { level: 2 }).first().textContent());
    const history = page.getByRole('table');
    await expect(history).toContainText('2 reviews');
    await expect(history.getByRole('cell', { name: 'Good' })).toHaveCount(1);
    await expect(history.getByRole('cell', { name: 'Again' })).toHaveCount(1);
    memory.push(await readMemory(page));
  }
  expect(memory[0]).toContain('Reviews: 2');
  expect(memory[1]).toBe(memory[0]);
});

test('a deck imported on A appears on B with its content', async ({ browser, appUrl }) => {
  const server = await startServer(appUrl);
  const { a, b } = await openSyncedDevices(browser, appUrl, server);
  await openUnreviewedDecks(b.page);

  await openImport(a.page, appUrl);
  await a.page.getByLabel('Import deck').setInputFiles(markdownFile('networking.md', NETWORKING));
  await expect(a.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 2 cards into Networking',
  );

  await expect(b.page.getByRole('list', { name: 'Networking: today' })).toContainText('2 new', {
    timeout: SYNC_TIMEOUT,
  });
  await navigate(b.page, 'Browse');
  await b.page.getByRole('searchbox', { name: 'Search cards' }).fill('DNS');
  await b.page
    .getByRole('list', { name: 'Results' })
    .getByRole('link', { name: 'What is DNS?' })
    .click();
  await expect(b.page.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await expect(
    b.page.getByText('DNS maps names such as example.com to IP addresses.'),
  ).toBeVisible();
});

test('a wrong password gets a clear message, and nothing is saved', async ({ browser, appUrl }) => {
  const server = await startServer(appUrl);
  const { page } = await openDevice(browser);
  const status = await turnOnSync(page, appUrl, server, 'wrong password');
  await expect(status).toHaveText(/refused this username and password/);
  await page.reload();
  await expect(syncSection(page).getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await expect(syncSection(page).getByRole('status')).toHaveText('Sync is off.');
});

test('a card suspended on A is suspended on B, and a setting changed on B reaches A', async ({
  browser,
  appUrl,
}) => {
  const server = await startServer(appUrl);
  const { a, b } = await openSyncedDevices(browser, appUrl, server);
  await openUnreviewedDecks(b.page);

  const [card] = (await readAllRows(a.page, 'cards')) as { id: string }[];
  if (card === undefined) throw new Error('no card in the database');
  await a.page.goto(`${appUrl}/cards/${encodeURIComponent(card.id)}`);
  await a.page.getByRole('button', { name: 'Suspend' }).click();
  await expect(a.page.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
  await expect(deckCounts(b.page)).toContainText('19 new', { timeout: SYNC_TIMEOUT });

  const perDay = (page: Page) => page.getByLabel('New cards per day', { exact: true });
  await navigate(b.page, 'Settings');
  await perDay(b.page).fill('12');
  await perDay(b.page).press('Tab');
  await navigate(a.page, 'Settings');
  await expect(perDay(a.page)).toHaveValue('12', { timeout: SYNC_TIMEOUT });
});

test('after a reload sync resumes by itself, and a server that stops and comes back loses nothing', async ({
  browser,
  appUrl,
}) => {
  const storeName = `restart-${Date.now()}`;
  let server = await startServer(appUrl, 0, storeName);
  const { port } = server;
  const { a, b } = await openSyncedDevices(browser, appUrl, server);
  await a.page.reload();
  await expect(syncSection(a.page).getByRole('status')).toContainText('Synced at', {
    timeout: SYNC_TIMEOUT,
  });
  await b.page.goto(appUrl);
  await expect(deckCounts(b.page)).toContainText('20 new');

  await openReview(a.page, appUrl);
  await rateGood(a.page);
  await expect(deckCounts(b.page)).toContainText('19 new', { timeout: SYNC_TIMEOUT });

  await server.stop();
  servers = servers.filter((s) => s !== server);
  await rateGood(a.page);
  await rateGood(a.page);
  server = await startServer(appUrl, port, storeName);
  await expect(deckCounts(b.page)).toContainText('17 new', { timeout: SYNC_TIMEOUT });
  await expectReviewCount(b.page, 3);
  await expectReviewCount(a.page, 3);
});

test('a hostile doc put on the server is skipped and named, and the data is untouched', async ({
  browser,
  appUrl,
}) => {
  const server = await startServer(appUrl);
  const { page } = await openDevice(browser);
  const status = await turnOnSync(page, appUrl, server);
  await expect(status).toContainText('Synced at', { timeout: SYNC_TIMEOUT });
  const hostile = {
    kind: 'reviews',
    deviceId: 'mallory',
    day: '2026-03-10',
    reviews: [{ id: 'evil', cardId: '<img src=x onerror=alert(1)>', rating: 99 }],
  };
  const auth = `Basic ${Buffer.from(`${USER.name}:${USER.password}`).toString('base64')}`;
  const put = await fetch(`${server.databaseUrl(USER.name)}/reviews%2Fmallory%2F2026-03-10`, {
    method: 'PUT',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify(hostile),
  });
  expect(put.status).toBe(201);
  await expect(status).toContainText(
    'Skipped a bad doc from the server: reviews/mallory/2026-03-10',
    {
      timeout: SYNC_TIMEOUT,
    },
  );
  expect(await countReviews(page)).toBe(0);
});
