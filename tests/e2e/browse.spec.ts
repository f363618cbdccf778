import type { Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { expect, test } from './fixtures';

const deckId = 'backend-fundamentals';
const firstQuestion = 'What happens internally when you hit a URL in the browser and press Enter?';

// Two screens, each checked by axe in two themes, after a review: more than the default minute
// on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

function status(page: Page) {
  return page.locator('.browse-summary [role="status"]');
}

async function rateFirstCardGood(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  const heading = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  await expect(heading).toHaveText(firstQuestion);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(heading).not.toHaveText(firstQuestion);
}

test('Browse: search and filter, a card with its history, suspend it, cram the result', async ({
  page,
  appUrl,
}) => {
  await rateFirstCardGood(page, appUrl);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Browse' })
    .click();
  await expect(status(page)).toHaveText('20 cards.');
  await expectNoAxeViolationsInBothThemes(page, 'Browse');

  await page.getByRole('searchbox', { name: 'Search cards' }).fill('browser');
  await expect(status(page)).toHaveText(/^\d+ cards\.$/);
  await expect(status(page)).not.toHaveText('20 cards.');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Learning' });
  await expect(status(page)).toHaveText('1 card.');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByText(/Learning · due in/)).toBeVisible();

  await results.getByRole('link', { name: firstQuestion }).click();
  await expect(page.getByRole('heading', { name: 'Card details' })).toBeVisible();
  await expect(page).toHaveURL(/\/cards\/backend-fundamentals%2F/);
  const history = page.getByRole('table');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('cell', { name: 'Good' })).toBeVisible();
  const memory = page.getByRole('region', { name: 'Memory' });
  await expect(memory.getByText(/^\d+% *$/)).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'Card details');

  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByText(/^Card suspended/)).toBeVisible();
  await expect(memory.getByText('Learning (suspended)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unsuspend' })).toBeVisible();

  // Back to the same search: the card left the Learning filter and is found under Suspended.
  await page.getByRole('link', { name: 'Back to Browse' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search cards' })).toHaveValue('browser');
  await expect(status(page)).toHaveText('No cards match.');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Suspended' });
  await expect(status(page)).toHaveText('1 card.');

  await page.getByRole('button', { name: 'Cram 1 card' }).click();
  await expect(page.getByRole('heading', { name: 'Cram' })).toBeVisible();
  await expect(page.getByText('Card 1 of 1')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Question' }).getByRole('heading')).toHaveText(
    firstQuestion,
  );
});
