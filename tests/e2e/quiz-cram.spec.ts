import { expect, test } from './fixtures';
import { deckId, modePicker, readReviews, readStore } from './quiz-support';

test('Cram: a search result, shuffled, revealed by keyboard, never scheduled', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await modePicker(page).getByRole('link', { name: 'Cram' }).click();
  // With one deck there is nothing to choose: cram starts at once, on the whole deck.
  await expect(page.getByText(/^Card 1 of \d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Change selection' }).click();
  await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue(deckId);

  await page.getByRole('searchbox', { name: 'Search text' }).fill('cookie');
  await expect(page.getByText(/^\d+ cards? match/)).toBeVisible();
  const matching = Number((await page.getByText(/^\d+ cards? match/).textContent())?.split(' ')[0]);
  expect(matching).toBeGreaterThan(1);
  await page.getByRole('radio', { name: 'Shuffled' }).check();
  await page.getByRole('button', { name: 'Start cram' }).click();

  await expect(page.getByText(`Card 1 of ${matching}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Card 2 of ${matching}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Interview answer' })).toHaveCount(0);

  expect(await readStore(page, 'schedule')).toEqual([]);
  expect(await readReviews(page)).toEqual([]);
});

test('Cram starts again with the selection last started, after a reload', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/quiz/cram`);
  await page.getByRole('button', { name: 'Change selection' }).click();
  await page.getByRole('searchbox', { name: 'Search text' }).fill('cookie');
  const matching = Number((await page.getByText(/^\d+ cards? match/).textContent())?.split(' ')[0]);
  await page.getByRole('button', { name: 'Start cram' }).click();
  await expect(page.getByText(`Card 1 of ${matching}`)).toBeVisible();

  await page.reload();
  await expect(page.getByText(`Card 1 of ${matching}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start cram' })).toHaveCount(0);
});
