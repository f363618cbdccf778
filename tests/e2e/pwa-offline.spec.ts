import type { Page } from '@playwright/test';
import { countReviews } from './database-helpers';
import { expect, test } from './fixtures';
import { serveRemoteImages, waitForOfflineReady } from './pwa-helpers';

const deckId = 'backend-fundamentals';
const deckTitle = 'Backend Interview Fundamentals';

async function rateGoodByKeyboard(page: Page): Promise<void> {
  const heading = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  const question = await heading.textContent();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(heading).not.toHaveText(question ?? '');
}

test('after the first visit, Decks, a deck, and Review work offline, and an offline rating persists', async ({
  page,
  context,
  appUrl,
}) => {
  await page.goto(appUrl);
  await expect(page.getByRole('link', { name: deckTitle, exact: true })).toBeVisible();
  const precached = await waitForOfflineReady(page);
  expect(precached).toContain('/index.html');
  expect(precached.some((path) => /\/assets\/_virtual_bank-.*\.js$/.test(path))).toBe(true);
  expect(precached.some((path) => /\/assets\/CardMarkdown-.*\.js$/.test(path))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: deckTitle, exact: true })).toBeVisible();
  await expect(page.getByText('20 cards')).toBeVisible();

  // Deep links are answered by the worker with the app shell.
  await page.goto(`${appUrl}/decks/${deckId}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('region', { name: 'Interview answer' })).toContainText(
    'resolves DNS',
  );
  await page.getByText('Example Code Snippets', { exact: true }).click();
  // Highlighted code means the lazily loaded markdown chunk came from the precache.
  await expect(page.locator('pre code.hljs .hljs-keyword').first()).toBeVisible();

  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await expect(page.getByText(/left today:/)).toContainText('20 new, 0 learning');
  await rateGoodByKeyboard(page);
  await expect(page.getByText(/left today:/)).toContainText('19 new, 1 learning');

  await page.reload();
  await expect(page.getByText(/left today:/)).toContainText('19 new, 1 learning');
  expect(await countReviews(page)).toBe(1);
});

test('card images are cached once seen, and offline an image never seen shows its alt text', async ({
  page,
  context,
  appUrl,
}) => {
  const { served, goOffline } = await serveRemoteImages(context);
  await page.goto(`${appUrl}/decks/${deckId}`);
  await waitForOfflineReady(page);
  // The first install claims this page, so its card images already go through the worker.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByText('Notes', { exact: true }).click();
  const seen = page.getByRole('img', { name: 'What is URL' });
  await expect(seen).toBeVisible();
  await expect.poll(() => seen.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  expect(served.some((url) => url.includes('geeksforgeeks'))).toBe(true);

  await goOffline();
  await page.reload();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByText('Notes', { exact: true }).click();
  await expect
    .poll(() =>
      page
        .getByRole('img', { name: 'What is URL' })
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(2);

  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next card' }).click();
  await expect(page.getByRole('region', { name: 'Question' })).toContainText('stateless');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByText('Notes', { exact: true }).click();
  const unseen = page.getByRole('img', { name: '“stateless” vs “stateful”' });
  await expect(unseen).toBeVisible();
  await expect
    .poll(() => unseen.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 0))
    .toBe(true);
  // Chromium lays a broken image out as its alt text: the box holds the whole text.
  const layout = await unseen.evaluate((img: HTMLImageElement) => {
    const context = document.createElement('canvas').getContext('2d');
    if (context) context.font = getComputedStyle(img).font;
    return { box: img.getBoundingClientRect().width, text: context?.measureText(img.alt).width };
  });
  expect(layout.text).toBeGreaterThan(100);
  expect(layout.box).toBeGreaterThanOrEqual(layout.text ?? Number.POSITIVE_INFINITY);
});
