import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { countReviews } from './database-helpers';
import { expect, test } from './fixtures';
import { waitForOfflineReady } from './pwa-helpers';
import {
  buildTaggedApp,
  copyCurrentBuild,
  type SwitchableServer,
  startSwitchableServer,
} from './pwa-server';

// Known flake under load: after Reload in the accepting tab, that tab sometimes never fires
// `load` within the test's minute (seen about once in five full runs on a busy 2-core machine).
// One retry keeps it from failing an unrelated change; a second failure still fails the suite.
test.describe.configure({ retries: 1 });

const deckId = 'backend-fundamentals';

// Release A is `npm run build`'s output and release B one more build, made once for the file:
// its tests run one after the other in one worker.
test.describe.configure({ mode: 'default' });

let buildsDir = '';
let releaseA = '';
let releaseB = '';
let server: SwitchableServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  buildsDir = await mkdtemp(join(tmpdir(), 'drillbook-pwa-'));
  releaseA = join(buildsDir, 'a');
  releaseB = join(buildsDir, 'b');
  await copyCurrentBuild(releaseA);
  await buildTaggedApp(releaseB, 'b');
});

test.afterAll(async () => {
  await rm(buildsDir, { recursive: true, force: true });
});

test.beforeEach(async () => {
  server = await startSwitchableServer(releaseA);
});

test.afterEach(async () => {
  await server.close();
});

/** The release the page runs: null for `npm run build`'s, 'b' for the new one. */
function buildTag(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('meta[name="drillbook-build"]')?.getAttribute('content') ?? null,
  );
}

/** Opens Review, rates one card Good, and shows the next card's answer: a review in progress. */
async function startReview(page: Page): Promise<string> {
  await page.goto(`${server.url}/review?deck=${deckId}`);
  const heading = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  await expect(heading).toBeVisible();
  await waitForOfflineReady(page);
  const first = await heading.textContent();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(heading).not.toHaveText(first ?? '');
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  return (await heading.textContent()) ?? '';
}

/** Marks the page, so a reload (which wipes window) cannot go unnoticed. */
async function markPage(page: Page): Promise<() => Promise<boolean>> {
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.evaluate(() => Reflect.set(window, 'drillbookTestMark', 'kept'));
  return async () =>
    navigations === 0 &&
    (await page.evaluate(() => Reflect.get(window, 'drillbookTestMark'))) === 'kept';
}

/** What the app does when the user comes back to the tab: it asks the server for a new version. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

test('a new version shows "Update available" during a review and reloads only when the user accepts', async ({
  page,
}) => {
  const question = await startReview(page);
  const isSamePage = await markPage(page);
  expect(await buildTag(page)).toBeNull();

  server.serve(releaseB);
  await checkForUpdate(page);
  await expect(page.getByText('Update available')).toBeVisible({ timeout: 30_000 });

  // The review is untouched: same page, same card, answer still shown.
  expect(await isSamePage()).toBe(true);
  await expect(page.getByRole('region', { name: 'Question' }).getByRole('heading')).toHaveText(
    question,
  );
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  expect(await buildTag(page)).toBeNull();

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  await expect(page.locator('meta[name="drillbook-build"]')).toHaveAttribute('content', 'b');
  expect(await page.evaluate(() => Reflect.get(window, 'drillbookTestMark'))).toBeUndefined();
  await expect(page.getByText(/left today:/)).toContainText('19 new, 1 learning');
  expect(await countReviews(page)).toBe(1);
  await expect(page.getByText('Update available')).toHaveCount(0);
  // Old caches are cleaned up: one precache, holding exactly the new version's files.
  await waitForOfflineReady(page);
  const precaches = await page.evaluate(async () =>
    (await caches.keys()).filter((name) => name.includes('precache')),
  );
  expect(precaches).toHaveLength(1);
});

test('accepting the update in one tab does not reload another tab in the middle of a review', async ({
  context,
}) => {
  const reviewing = await context.newPage();
  const question = await startReview(reviewing);
  const isSamePage = await markPage(reviewing);
  const other = await context.newPage();
  await other.goto(server.url);
  await expect(other.getByRole('heading', { name: 'Decks' })).toBeVisible();

  server.serve(releaseB);
  await checkForUpdate(other);
  await expect(other.getByText('Update available')).toBeVisible({ timeout: 30_000 });
  await expect(reviewing.getByText('Update available')).toBeVisible();

  await Promise.all([
    other.waitForEvent('load'),
    other.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  expect(await buildTag(other)).toBe('b');

  // The new worker now controls both tabs, yet the reviewing tab stays as it was.
  await expect
    .poll(() => reviewing.evaluate(() => navigator.serviceWorker.controller?.state))
    .toBe('activated');
  expect(await isSamePage()).toBe(true);
  await expect(reviewing.getByRole('region', { name: 'Question' }).getByRole('heading')).toHaveText(
    question,
  );
  await expect(reviewing.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  await expect(reviewing.getByText('Update available')).toBeVisible();

  await Promise.all([
    reviewing.waitForEvent('load'),
    reviewing.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  expect(await buildTag(reviewing)).toBe('b');
});
