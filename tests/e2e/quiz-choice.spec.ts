import { expect, test } from './fixtures';
import { deckId, modePicker, readReviews, readStore } from './quiz-support';

test('Multiple choice: four numbered options, key 1 answers with instant feedback, practice leaves the schedule alone', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await modePicker(page).getByRole('link', { name: 'Multiple choice' }).click();
  await expect(page).toHaveURL(/\/quiz\/choice\?deck=backend-fundamentals$/);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();

  const options = page.getByRole('list', { name: 'Candidate answers' }).getByRole('button');
  await expect(options).toHaveCount(4);
  for (const [index, option] of (await options.all()).entries()) {
    await expect(option).toHaveText(new RegExp(`^${index + 1}`));
  }

  await page.keyboard.press('1');
  await expect(
    page.getByText(/^(Correct: option 1\.|Not quite: you chose option 1;)/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await expect.poll(async () => (await readReviews(page)).map((r) => r.mode)).toEqual(['choice']);
  expect(await readStore(page, 'schedule')).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(page.getByText(/Question 2 of 20/)).toBeVisible();
});

test('Multiple choice opened from Decks starts at once: with one deck there is nothing to choose', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await modePicker(page).getByRole('link', { name: 'Multiple choice' }).click();
  await expect(page.getByRole('list', { name: 'Candidate answers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose a deck' })).toHaveCount(0);
});
