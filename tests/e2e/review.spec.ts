import type { Page } from '@playwright/test';
import { countReviews } from './database-helpers';
import { expect, test } from './fixtures';

const deckId = 'backend-fundamentals';

async function openReview(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
}

function questionText(page: Page): Promise<string> {
  return page
    .getByRole('region', { name: 'Question' })
    .getByRole('heading')
    .textContent()
    .then((text) => text ?? '');
}

/** Space shows the answer, 3 rates Good; waits until the next question replaces this one. */
async function reviewByKeyboard(page: Page): Promise<string> {
  const question = await questionText(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('region', { name: 'Question' }).getByRole('heading')).not.toHaveText(
    question,
  );
  return question;
}

test('reviews three cards by keyboard and keeps counts and the next card across a reload', async ({
  page,
  appUrl,
}) => {
  await openReview(page, appUrl);
  const counts = page.getByText(/left today:/);
  await expect(counts).toContainText('20 new, 0 learning');

  const reviewed = [
    await reviewByKeyboard(page),
    await reviewByKeyboard(page),
    await reviewByKeyboard(page),
  ];
  expect(new Set(reviewed).size).toBe(3);
  await expect(counts).toContainText('17 new, 3 learning');
  const next = await questionText(page);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Question' }).getByRole('heading')).toHaveText(
    next,
  );
  await expect(page.getByText(/left today:/)).toContainText('17 new, 3 learning');
  expect(await countReviews(page)).toBe(3);
});

test('Undo after a reload brings back the last rated card', async ({ page, appUrl }) => {
  await openReview(page, appUrl);
  await reviewByKeyboard(page);
  const lastRated = await reviewByKeyboard(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Question' }).getByRole('heading')).toHaveText(
    lastRated,
  );
  await expect(page.getByText(/left today:/)).toContainText('19 new, 1 learning');
  expect(await countReviews(page)).toBe(1);

  await page.keyboard.press('u');
  await expect(page.getByText(/left today:/)).toContainText('20 new, 0 learning');
  expect(await countReviews(page)).toBe(0);
});

test('two tabs on the same deck lose no review and never show a card already rated', async ({
  context,
  appUrl,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openReview(first, appUrl);
  await openReview(second, appUrl);
  const shared = await questionText(second);
  expect(await questionText(first)).toBe(shared);

  await second.getByRole('button', { name: 'Show answer' }).click();
  const ratedInFirst = await reviewByKeyboard(first);
  expect(ratedInFirst).toBe(shared);
  // The second tab moves off the card the first one rated, without a reload.
  await expect(
    second.getByRole('region', { name: 'Question' }).getByRole('heading'),
  ).not.toHaveText(shared);

  const ratedInSecond = await reviewByKeyboard(second);
  await expect(first.getByRole('region', { name: 'Question' }).getByRole('heading')).not.toHaveText(
    ratedInSecond,
  );
  const ratedAgainInFirst = await reviewByKeyboard(first);

  expect(new Set([ratedInFirst, ratedInSecond, ratedAgainInFirst]).size).toBe(3);
  expect(await countReviews(first)).toBe(3);
  await expect(first.getByText(/left today:/)).toContainText('17 new, 3 learning');
  await expect(second.getByText(/left today:/)).toContainText('17 new, 3 learning');
});
