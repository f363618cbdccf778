import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function mainNavLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

/** Stops the page's timers where they are, so a click lands while the search box still waits. */
async function freezeTime(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}

test('a nav link clicked before the search box has sent its text lands where it was clicked, and Back finds the search', async ({
  page,
  appUrl,
}) => {
  await page.clock.install();
  await page.goto(`${appUrl}/browse`);
  const search = page.getByRole('searchbox', { name: 'Search cards' });
  await expect(page.getByRole('status').filter({ hasText: /cards\.$/ })).toBeVisible();

  await freezeTime(page);
  await search.pressSequentially('dns');
  await mainNavLink(page, 'Stats').click();
  // Every timer the Browse screen left behind now runs out, as time passing would.
  await page.clock.runFor(2_000);
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/stats$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/browse\?q=dns$/);
  await expect(search).toHaveValue('dns');
});

test('a nav link clicked at any moment after typing in Browse lands there', async ({
  page,
  appUrl,
}) => {
  await page.clock.install();
  await page.goto(`${appUrl}/browse`);
  const search = page.getByRole('searchbox', { name: 'Search cards' });
  for (const waitMs of [0, 100, 149, 150, 151, 200, 400]) {
    await mainNavLink(page, 'Browse').click();
    await expect(search).toBeVisible();
    await search.fill('');
    await freezeTime(page);
    await search.pressSequentially('tcp');
    await page.clock.runFor(waitMs);
    await mainNavLink(page, 'Settings').click();
    await page.clock.runFor(2_000);
    await page.clock.resume();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page, `clicked ${waitMs} ms after typing`).toHaveURL(`${appUrl}/settings`);
  }
});
