import type { Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { expect, test } from './fixtures';

const deckTitle = 'Backend Interview Fundamentals';

/** Space shows the answer, 3 rates Good; waits until the next question replaces this one. */
async function reviewByKeyboard(page: Page): Promise<void> {
  const heading = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  const question = (await heading.textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(heading).not.toHaveText(question);
}

function figure(page: Page, term: string) {
  return page.locator('.stats-summary div').filter({ has: page.getByText(term, { exact: true }) });
}

test('after three reviews, Stats shows them today, in the heatmap, the streak and the deck', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/review`);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  for (let i = 0; i < 3; i += 1) await reviewByKeyboard(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click();
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  await expect(figure(page, 'Reviews today').locator('dd')).toHaveText('3');
  await expect(figure(page, 'Streak').locator('dd')).toHaveText('1 day');
  // Three new cards rated Good are in learning: due again today.
  await expect(figure(page, 'Due today').locator('dd')).toHaveText('3');

  const heatmap = page.getByRole('img', { name: /^3 reviews on 1 day\./ });
  await expect(heatmap).toBeVisible();
  await expect(
    page.locator('figcaption', { hasText: 'Reviews in the last 53 weeks.' }),
  ).toContainText('3 reviews on 1 day.');
  const weeks = page.getByRole('table', { name: 'Reviews per day, one row per week' });
  await expect(weeks.getByRole('row')).toHaveCount(54);
  await expect(weeks.getByRole('cell', { name: '3', exact: true })).toHaveCount(1);

  const deck = page.getByRole('row', { name: new RegExp(`^${deckTitle}`) });
  // New, learning, young, mature, cards.
  await expect(deck.getByRole('cell')).toHaveText(['17', '3', '0', '0', '20', '']);
});

test('the Stats screen passes axe in the light and the dark theme', async ({ page, appUrl }) => {
  await page.goto(`${appUrl}/review`);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  await reviewByKeyboard(page);
  await page.goto(`${appUrl}/stats`);
  await expect(page.getByRole('img', { name: /^1 review on 1 day\./ })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'Stats');
});
