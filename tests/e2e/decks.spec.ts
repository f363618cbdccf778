import { expect, test } from './fixtures';

test('the Decks screen lists the built-in deck, and opening it shows a question and its interview answer', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  const deckLink = page.getByRole('link', { name: 'Backend Interview Fundamentals', exact: true });
  await expect(deckLink).toBeVisible();
  await expect(page.getByText('20 cards')).toBeVisible();

  await deckLink.click();
  const question = page.getByRole('region', { name: 'Question' });
  await expect(question).toContainText('What happens internally when you hit a URL');
  await expect(page.getByRole('region', { name: 'Interview answer' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Show answer' }).click();
  const answer = page.getByRole('region', { name: 'Interview answer' });
  await expect(answer).toContainText('resolves DNS');

  const concepts = page.getByText('Concepts', { exact: true });
  await concepts.click();
  await expect(page.getByText('Step-by-step flow:')).toBeVisible();

  await page.getByText('Example Code Snippets', { exact: true }).click();
  const highlighted = page
    .locator('pre code.hljs .hljs-keyword, pre code.hljs .hljs-string')
    .first();
  await expect(highlighted).toBeVisible();

  const image = page.locator('img[alt="What is URL"]');
  await expect(image).toHaveAttribute('loading', 'lazy');
});
