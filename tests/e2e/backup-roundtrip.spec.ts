import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function exportBackup(page: Page, appUrl: string): Promise<{ name: string; text: string }> {
  await page.goto(`${appUrl}/settings`);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloaded;
  const path = await download.path();
  await expect(page.getByRole('status').filter({ hasText: 'Backup exported' })).toBeVisible();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

function withoutExportTime(text: string): unknown {
  const { exportedAt, ...rest }: Record<string, unknown> = JSON.parse(text);
  expect(exportedAt).toEqual(expect.any(String));
  return rest;
}

test('backup round trip: export, restore into a fresh app, export again gives the same data', async ({
  page,
  browser,
  appUrl,
}) => {
  // Two devices start the app: twice the usual time on a busy machine.
  test.setTimeout(120_000);
  await page.goto(`${appUrl}/review?deck=backend-fundamentals`);
  for (let i = 0; i < 2; i += 1) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
  }
  await expect(page.getByText(/left today:/)).toContainText('18 new, 2 learning');
  const first = await exportBackup(page, appUrl);
  expect(first.name).toMatch(/^drillbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(first.text)).toMatchObject({ format: 'drillbook-backup', version: 1 });

  // A new context is a device with no data: the app starts with the built-in bank only.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`${appUrl}/settings`);
  await other.getByLabel('Restore backup').setInputFiles({
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await expect(other.getByRole('status').filter({ hasText: 'Restored the backup' })).toContainText(
    '2 reviews',
  );
  const second = await exportBackup(other, appUrl);
  expect(withoutExportTime(second.text)).toEqual(withoutExportTime(first.text));

  await other.goto(`${appUrl}/review?deck=backend-fundamentals`);
  await expect(other.getByText(/left today:/)).toContainText('18 new, 2 learning');
  await fresh.close();
});
