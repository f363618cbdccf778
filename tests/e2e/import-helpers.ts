import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export type TableCounts = { decks: number; cards: number; schedule: number; reviews: number };

/** Row counts straight from IndexedDB, to show what an import did (or did not) write. */
export function countRows(page: Page): Promise<TableCounts> {
  return page.evaluate(
    () =>
      new Promise<TableCounts>((resolve, reject) => {
        const open = indexedDB.open('drillbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['decks', 'cards', 'schedule', 'reviews'] as const;
          const tx = db.transaction([...names]);
          const counts = { decks: 0, cards: 0, schedule: 0, reviews: 0 };
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Reads one row by key, for checking a card's schedule and history. */
export function readRows(
  page: Page,
  table: string,
  index: string | null,
  key: string,
): Promise<unknown[]> {
  return page.evaluate(
    ({ table, index, key }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('drillbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction(table).objectStore(table);
          const request = (index === null ? store : store.index(index)).getAll(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { table, index, key },
  );
}

/** A small bank of two cards, front matter included. */
export const NETWORKING = `---
deck: Networking
id: networking
---

## Question 1: What is DNS?

### Interview-Specific Answer

DNS maps names such as example.com to IP addresses.

## Question 2: What is TCP?

### Interview-Specific Answer

A reliable, ordered byte stream between two hosts.
`;

export function markdownFile(name: string, text: string) {
  return { name, mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') };
}

/** Opens the Import screen from the navigation, once the app has started. */
export async function openImport(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
}
