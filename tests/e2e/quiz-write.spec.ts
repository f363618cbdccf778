import { expect, test } from './fixtures';
import { deckId, modePicker, readReviews, readStore } from './quiz-support';

test('Write mode: reached from Review, typed answer compared by key terms, suggested rating confirmed with Enter', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await modePicker(page).getByRole('link', { name: 'Write', exact: true }).click();
  await expect(page).toHaveURL(/\/quiz\/write\?deck=backend-fundamentals$/);

  const question = page.getByRole('region', { name: 'Question' });
  await expect(question).toContainText('What happens internally when you hit a URL');
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await expect(box).toBeFocused();
  await box.pressSequentially('The browser resolves DNS and opens a TCP connection.');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('region', { name: 'Interview answer' })).toContainText(
    'resolves DNS',
  );
  await expect(page.getByRole('region', { name: 'Your typed answer' })).toContainText(
    'opens a TCP connection',
  );
  await expect(page.getByRole('region', { name: 'Key terms' })).toContainText(/covered/);
  await expect(page.getByRole('region', { name: 'Key terms' })).toContainText(/missed/);
  const suggestion = await page.locator('.suggestion strong').textContent();
  const suggested = page.getByRole('button', { name: new RegExp(`^${suggestion}`) });
  await expect(suggested).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(question).not.toContainText('What happens internally when you hit a URL');
  const reviews = await readReviews(page);
  expect(reviews).toHaveLength(1);
  expect(reviews[0]?.mode).toBe('write');
  expect(await readStore(page, 'schedule')).toHaveLength(1);
});
