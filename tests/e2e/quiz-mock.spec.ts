import { expect, test } from './fixtures';
import { modePicker, readReviews, readSavedMockAnswers, readStore } from './quiz-support';

test('Mock interview: timed questions, resumed after a reload, summary, finished without rating', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await modePicker(page).getByRole('link', { name: 'Mock interview' }).click();
  // With one deck there is nothing to choose: the interview starts at once, with the defaults.
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Change setup' }).click();
  await expect(page.getByRole('combobox', { name: 'Time per question' })).toHaveValue('120');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
  await page.getByRole('button', { name: 'Start interview' }).click();

  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^[12]:\d\d$/);
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.fill('HTTP is stateless and the server keeps no client context.');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
  await box.fill('Half an answer');
  // The answer is saved as it is typed; the reload must come after that write has landed.
  await expect
    .poll(() => readSavedMockAnswers(page))
    .toEqual(['HTTP is stateless and the server keeps no client context.', 'Half an answer']);

  await page.reload();
  await expect(page.getByText(/stopped at question 2 of 2/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume interview' }).click();
  await expect(box).toHaveValue('Half an answer');
  await page.getByRole('button', { name: 'Finish interview' }).click();

  const answers = page.getByRole('list', { name: 'Questions and answers' }).getByRole('article');
  await expect(answers).toHaveCount(2);
  await expect(answers.first().getByRole('region', { name: 'Your typed answer' })).toContainText(
    'HTTP is stateless',
  );
  await expect(answers.first().getByRole('region', { name: 'Interview answer' })).toBeVisible();
  await expect(answers.first().getByRole('region', { name: 'Key terms' })).toContainText(
    /Key terms: \d+ of \d+ covered/,
  );
  await page.getByRole('button', { name: 'Finish without rating' }).click();
  await expect(page.getByText(/your schedule is unchanged/)).toBeVisible();
  expect(await readReviews(page)).toEqual([]);
  expect(await readStore(page, 'schedule')).toEqual([]);
});
