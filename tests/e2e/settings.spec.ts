import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from './axe';
import { expect, test } from './fixtures';

const deckId = 'backend-fundamentals';
/** --bg of the dark palette (src/app/styles.css), as computed. */
const darkBackground = 'rgb(16, 21, 28)';
const lightBackground = 'rgb(247, 248, 250)';

// Starting the app, reloading it and running axe four times takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** One setting row as IndexedDB holds it, or undefined. */
function readStoredSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (wanted) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('drillbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get(wanted);
          request.onsuccess = () => {
            resolve(request.result?.value);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

async function openSettings(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/settings`);
  await expect(page.getByLabel('Desired retention')).toBeVisible();
}

test('settings are kept across a reload, apply to the review queue, and invalid steps are refused', async ({
  page,
  appUrl,
}) => {
  await openSettings(page, appUrl);
  await page.getByLabel('Desired retention').fill('0.85');
  await page.getByLabel('New cards per day', { exact: true }).fill('12');
  await page.getByLabel('New cards per day', { exact: true }).press('Tab');
  await expect(page.getByText(/^At 85%, you should remember about 9 in 10 cards/)).toBeVisible();
  await expect
    .poll(() => readStoredSetting(page, 'scheduler'))
    .toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 12 });

  await page.reload();
  await expect(page.getByLabel('Desired retention')).toHaveValue('0.85');
  await expect(page.getByLabel('New cards per day', { exact: true })).toHaveValue('12');

  const steps = page.getByLabel('Learning steps', { exact: true });
  await steps.fill('1m later');
  await expect(
    page.getByText('"later" is not a step. Use numbers with m, h or d, like 1m 10m.'),
  ).toBeVisible();
  await expect(steps).toHaveAttribute('aria-invalid', 'true');
  await steps.press('Tab');
  expect(await readStoredSetting(page, 'scheduler')).toMatchObject({
    learningSteps: ['1m', '10m'],
  });

  // The deck's own limit caps it below the global 12.
  await page.getByLabel('New cards a day from this deck').fill('5');
  await page.getByLabel('New cards a day from this deck').press('Tab');
  await expect
    .poll(() => readStoredSetting(page, 'deckLimits'))
    .toEqual({ [deckId]: { newCardsPerDay: 5 } });
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await expect(page.getByText(/left today:/)).toContainText('5 new, 0 learning');
});

test('the dark theme applies at once and after a reload, and the backup carries the settings', async ({
  page,
  appUrl,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openSettings(page, appUrl);
  expect(await pageBackground(page)).toBe(lightBackground);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => pageBackground(page)).toBe(darkBackground);
  await expect.poll(() => readStoredSetting(page, 'theme')).toBe('dark');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await pageBackground(page)).toBe(darkBackground);

  // Light wins over a dark device too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => pageBackground(page)).toBe(lightBackground);

  await page.getByLabel('Maximum reviews per day').fill('150');
  await page.getByLabel('Maximum reviews per day').press('Tab');
  await expect
    .poll(() => readStoredSetting(page, 'scheduler'))
    .toMatchObject({ maxReviewsPerDay: 150 });
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const backup = JSON.parse(await readFile(await (await downloaded).path(), 'utf8'));
  expect(backup.settings).toEqual(
    expect.arrayContaining([
      { key: 'theme', value: 'light' },
      { key: 'scheduler', value: expect.objectContaining({ maxReviewsPerDay: 150 }) },
    ]),
  );
});

test('Settings has no axe violations in the light and dark themes', async ({ page, appUrl }) => {
  await openSettings(page, appUrl);
  // An invalid field shows its message: that state is checked too.
  await page.getByLabel('Relearning steps').fill('soon');
  await expect(page.getByLabel('Relearning steps')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolationsInBothThemes(page, 'Settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => pageBackground(page)).toBe(darkBackground);
  await expectNoAxeViolations(page, 'Settings (dark theme chosen)');
});
