import type { Page } from '@playwright/test';
import type { ReviewRow } from '../../src/domain/scheduler/types';

export const deckId = 'backend-fundamentals';

/** Every row of one object store of the app's database, read in the page. */
export function readStore<T>(page: Page, store: 'reviews' | 'schedule' | 'meta'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('drillbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

export function readReviews(page: Page): Promise<ReviewRow[]> {
  return readStore<ReviewRow>(page, 'reviews');
}

/** The answers of the unfinished mock interview, as saved so far. */
export async function readSavedMockAnswers(page: Page): Promise<string[]> {
  const rows = await readStore<{ key: string; value: { answers?: { text: string }[] } }>(
    page,
    'meta',
  );
  const session = rows.find((row) => row.key === 'mockInterviewSession');
  return session?.value.answers?.map((answer) => answer.text) ?? [];
}

/** The quiz mode picker, told apart from the main navigation (which has its own Review link). */
export function modePicker(page: Page) {
  return page.getByRole('navigation', { name: 'Quiz modes' });
}
