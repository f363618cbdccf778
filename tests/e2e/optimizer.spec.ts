import type { Page } from '@playwright/test';
import { default_w } from 'ts-fsrs';
import { generateHistory, toBackupJson } from '../../bench/optimizer/generate-history';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from './axe';
import { expect, test } from './fixtures';
import { waitForOfflineReady } from './pwa-helpers';

const day = 24 * 60 * 60 * 1000;
const deckId = 'optimizer-history';

// Restoring 20,000 reviews and training on them takes most of a minute on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** Days from a rating button's interval label (`12d`, `1.5mo`, `2y`, `10m`, `3.5h`). */
function toDays(label: string): number {
  const match = /([\d.]+)\s*(mo|m|h|d|y)/.exec(label);
  if (!match) throw new Error(`No interval in "${label}"`);
  const value = Number(match[1]);
  const unitDays = { m: 1 / 1440, h: 1 / 24, d: 1, mo: 30, y: 365 } as const;
  return value * unitDays[match[2] as keyof typeof unitDays];
}

/** The first due card of the generated deck: its question and the interval Good would give. */
async function readGoodInterval(page: Page, appUrl: string) {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  const question = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  await expect(question).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  const good = page.getByRole('button', { name: /^Good/ });
  await expect(good).toBeVisible();
  return {
    question: (await question.textContent()) ?? '',
    good: (await good.locator('.interval').textContent()) ?? '',
  };
}

async function readLogLoss(page: Page, row: RegExp): Promise<number> {
  const cells = page.getByRole('row', { name: row }).getByRole('cell');
  return Number(await cells.first().textContent());
}

test('Optimize trains on 20,000 reviews in an isolated worker, fits them better, and Apply changes the next interval', async ({
  page,
  appUrl,
}) => {
  const history = generateHistory({ reviewCount: 20_000, seed: 42, end: Date.now() - day });
  const isolation: boolean[] = [];
  page.on('worker', (worker) => {
    // The optimizer's workers only: Restore backup runs in the (unisolated) import worker.
    if (!worker.url().includes('/assets/optimizer/')) return;
    void worker
      .evaluate(() => self.crossOriginIsolated)
      .then((isIsolated) => isolation.push(isIsolated))
      .catch(() => {});
  });

  await page.goto(`${appUrl}/settings`);
  // The app's pages are not isolated: card images cached by the service worker keep working.
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
  const optimize = page.getByRole('button', { name: 'Optimize', exact: true });
  await expect(optimize).toBeDisabled();
  await expect(page.getByText('Optimize needs at least 400 reviews; you have 0.')).toBeVisible();

  await page.getByLabel('Restore backup').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(toBackupJson(history, Date.now())),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup' })).toBeVisible({
    timeout: 90_000,
  });

  const before = await readGoodInterval(page, appUrl);

  await page.goto(`${appUrl}/settings`);
  await expect(optimize).toBeEnabled();
  await optimize.click();
  // Its own page, the one isolated document, where training starts at once.
  await expect(page).toHaveURL(/\/optimizer\.html$/);
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const table = page.getByRole('table', { name: /How well each set of parameters predicts/ });
  await expect(table).toBeVisible({ timeout: 120_000 });
  await expect(table).toContainText('20000 reviews');

  const current = await readLogLoss(page, /^Current \(FSRS defaults\)/);
  const trained = await readLogLoss(page, /^New/);
  expect(current).toBeGreaterThan(0);
  expect(trained).toBeGreaterThan(0);
  expect(trained).toBeLessThanOrEqual(current);

  await page.getByText(/The \d+ new parameters/).click();
  const weights = (await page.locator('.optimizer-weights code').textContent())
    ?.split(',')
    .map(Number);
  expect(weights).toHaveLength(default_w.length);
  const moved = (weights ?? []).filter((w, i) => Math.abs(w - (default_w[i] ?? 0)) > 0.01);
  expect(moved.length).toBeGreaterThan(3);
  expect(isolation.length).toBeGreaterThan(0);
  expect(isolation.every(Boolean)).toBe(true);
  await expectNoAxeViolations(page, 'optimizer results');

  await page.getByRole('button', { name: 'Apply parameters' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Parameters applied' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reschedule existing cards' })).toBeVisible();

  // The same card, not rescheduled: only the parameters changed, and Good now reflects them.
  // This learner forgets faster than the defaults assume, so the new interval is shorter.
  const after = await readGoodInterval(page, appUrl);
  expect(after.question).toBe(before.question);
  expect(after.good).not.toBe(before.good);
  expect(toDays(after.good)).toBeLessThan(toDays(before.good));
});

test('Settings and the optimizer page say why Optimize is disabled, with no accessibility violations', async ({
  page,
  appUrl,
}) => {
  for (const path of ['/settings', '/optimizer.html']) {
    await page.goto(`${appUrl}${path}`);
    const optimize = page.getByRole('button', { name: 'Optimize', exact: true });
    await expect(optimize).toBeDisabled();
    await expect(optimize).toHaveAccessibleDescription(
      'Optimize needs at least 400 reviews; you have 0.',
    );
    await expectNoAxeViolationsInBothThemes(page, path);
  }
});

test('once Settings has been opened online, Optimize works offline', async ({
  page,
  context,
  appUrl,
}) => {
  await page.goto(`${appUrl}/settings`);
  await waitForOfflineReady(page);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  // Settings, now controlled by the service worker, fetches the optimizer's files at idle.
  await page.reload();
  await expect
    .poll(
      async () =>
        page.evaluate(async () => {
          const cache = await caches.open('optimizer');
          return (await cache.keys()).map((request) => new URL(request.url).pathname);
        }),
      { timeout: 30_000 },
    )
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/optimizer-worker-.*\.js$/),
        expect.stringMatching(/workerHelpers-.*\.js$/),
        expect.stringMatching(/fsrs_browser-.*\.js$/),
        expect.stringMatching(/fsrs_browser_bg-.*\.wasm$/),
      ]),
    );

  const history = generateHistory({ reviewCount: 1_000, seed: 7, end: Date.now() - day });
  await page.getByLabel('Restore backup').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(toBackupJson(history, Date.now())),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup' })).toBeVisible({
    timeout: 60_000,
  });

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Optimize', exact: true }).click();
  await expect(page).toHaveURL(/\/optimizer\.html$/);
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  const table = page.getByRole('table', { name: /How well each set of parameters predicts/ });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table).toContainText('1000 reviews');

  await page.getByRole('button', { name: 'Apply parameters' }).click();
  await page.getByRole('button', { name: 'Reschedule existing cards' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Rescheduled ${history.cards.length} cards.` }),
  ).toBeVisible({ timeout: 30_000 });
});
