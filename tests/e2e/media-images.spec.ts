import type { Page } from '@playwright/test';
import { PNG_2X1 } from '../support/media-samples';
import { expect, test } from './fixtures';
import { markdownFile, openImport } from './import-helpers';
import { waitForOfflineReady } from './pwa-helpers';

const deckId = 'images';
const deck = `---
deck: Images
id: ${deckId}
---

## Question 1: What does the chart show?

### Interview-Specific Answer

The latency curve: ![chart](media:chart.png)

## Question 2: What does the lost diagram show?

### Interview-Specific Answer

Nothing any more: ![lost diagram](media:lost.png)
`;

/** Stores an image the way an import does, straight into the app's IndexedDB. */
function putMediaRow(page: Page, key: string, bytes: Uint8Array): Promise<void> {
  return page.evaluate(
    ({ key, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('drillbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('media', 'readwrite');
          const data = Uint8Array.from(bytes);
          tx.objectStore('media').put({
            key,
            type: 'image/png',
            bytes: data,
            size: data.length,
            addedAt: Date.now(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, bytes: [...bytes] },
  );
}

async function showAnswer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
}

function readNaturalWidth(page: Page, name: string): Promise<number> {
  return page
    .getByRole('img', { name })
    .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
}

test('a card shows an image stored on the device, offline too, and a missing one as its alt text', async ({
  page,
  context,
  appUrl,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openImport(page, appUrl);
  await page.getByLabel('Import deck').setInputFiles([markdownFile('images.md', deck)]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 2 cards into Images',
    { timeout: 30_000 },
  );
  await putMediaRow(page, 'chart.png', PNG_2X1);
  await waitForOfflineReady(page);

  await page.goto(`${appUrl}/decks/${deckId}`);
  await showAnswer(page);
  await expect(page.getByRole('img', { name: 'chart' })).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => readNaturalWidth(page, 'chart')).toBe(2);

  await page.getByRole('button', { name: 'Next card' }).click();
  await showAnswer(page);
  await expect(page.getByText('lost diagram (image missing)')).toBeVisible();
  await expect(page.getByRole('img', { name: 'lost diagram' })).toHaveCount(0);
  // Neither image was ever asked of the network: one came from IndexedDB, one is not there.
  expect(requests.filter((url) => /chart\.png|lost\.png|^media:/.test(url))).toEqual([]);

  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.goto(`${appUrl}/decks/${deckId}`);
  await page.reload();
  await showAnswer(page);
  await expect.poll(() => readNaturalWidth(page, 'chart')).toBe(2);
});
