import { readFile, writeFile } from 'node:fs/promises';
import { generateLargeBackup } from '../support/large-backup';
import { expect, test } from './fixtures';

const SIZE_OF_ISSUE_BACKUP = 57 * 1024 * 1024;

function withoutExportTime(text: string): string {
  return text.replace(/\n {2}"exportedAt": "[^"]*",\n/, '\n');
}

test('a 57 MB backup restores through Settings and exports again unchanged', async ({
  page,
  appUrl,
}, testInfo) => {
  // Writing and reading back 60 MB of rows on a shared 2-core machine.
  test.setTimeout(600_000);
  const backup = generateLargeBackup(SIZE_OF_ISSUE_BACKUP);
  expect(backup.text.length).toBeGreaterThanOrEqual(SIZE_OF_ISSUE_BACKUP);
  // From disk, as a user picks it (Playwright refuses in-memory files over 50 MB anyway).
  const path = testInfo.outputPath('drillbook-backup-large.json');
  await writeFile(path, backup.text);

  await page.goto(`${appUrl}/settings`);
  await page.getByLabel('Restore backup').setInputFiles(path);
  // The report names the file, whether it restored or refused it.
  const report = page.getByRole('status').filter({ hasText: 'drillbook-backup-large.json' });
  await expect(report).toContainText('Restored the backup', { timeout: 480_000 });
  await expect(report).toContainText(`1 deck, ${backup.cards} cards and ${backup.reviews} reviews`);

  const downloaded = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export backup' }).click();
  const exported = await readFile(await (await downloaded).path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: 'Backup exported' })).toContainText(
    `${backup.cards} cards, ${backup.reviews} reviews`,
  );
  expect(withoutExportTime(exported) === withoutExportTime(backup.text)).toBe(true);
});
