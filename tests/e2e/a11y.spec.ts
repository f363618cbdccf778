import type { Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { expect, test } from './fixtures';

const deckId = 'backend-fundamentals';

// Each test runs axe-core up to four times (two states, two themes); on a busy two-core machine
// that alone can take most of the default minute.
test.describe.configure({ timeout: 120_000 });
const deckTitle = 'Backend Interview Fundamentals';

/** Opens every section of the revealed card (Notes, Concepts, Example Code Snippets ...). */
async function openAllSections(page: Page): Promise<void> {
  const sections = page.locator('details.section');
  await expect(sections.first()).toBeVisible();
  // A click can land while the lazily loaded renderer replaces the plain-text fallback: retry
  // each section until it is open rather than toggling blindly.
  for (const section of await sections.all()) {
    await expect(async () => {
      if (!(await section.evaluate((el) => el.hasAttribute('open')))) {
        await section.locator('summary').click();
      }
      expect(await section.evaluate((el) => el.hasAttribute('open'))).toBe(true);
    }).toPass({ timeout: 10_000 });
  }
  await expect(page.locator('details.section:not([open])')).toHaveCount(0);
}

async function openRevealedReview(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  await openAllSections(page);
}

async function openRevealedDeckCard(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/decks/${deckId}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await openAllSections(page);
  // The markdown renderer has replaced the plain-text fallback.
  await expect(page.locator('pre code.hljs').first()).toBeVisible();
}

/** Rates every new card of the day Easy by keyboard, which leaves nothing due today. */
async function finishTodaysCards(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  const heading = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  const done = page.getByText('No cards due');
  while (!(await done.isVisible())) {
    const question = await heading.textContent();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Easy/ })).toBeVisible();
    await page.keyboard.press('4');
    await expect(heading.or(done)).not.toHaveText(question ?? '');
  }
}

test('Decks has no axe violations, light or dark', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('link', { name: deckTitle, exact: true })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'Decks');
});

test('a deck page has no axe violations, with the answer and every section open', async ({
  page,
  appUrl,
}) => {
  await openRevealedDeckCard(page, appUrl);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'deck page, answer and sections');
});

test('Review has no axe violations, before and after the answer is shown', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'Review, question');
  await openRevealedReview(page, appUrl);
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'Review, answer and sections');
});

test('"No cards due" has no axe violations', async ({ page, appUrl }) => {
  await finishTodaysCards(page, appUrl);
  await expect(page.getByRole('status').filter({ hasText: 'No cards due' })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, 'No cards due');
});

test('every screen fits 360 px without horizontal scrolling', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const expectNoHorizontalScroll = async (screen: string) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${screen} is ${width}px wide`).toBeLessThanOrEqual(360);
  };
  await page.goto(appUrl);
  await expect(page.getByRole('link', { name: deckTitle, exact: true })).toBeVisible();
  await expectNoHorizontalScroll('Decks');
  await openRevealedDeckCard(page, appUrl);
  await expectNoHorizontalScroll('deck page');
  await openRevealedReview(page, appUrl);
  await expectNoHorizontalScroll('Review');
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expectNoHorizontalScroll('Review, next card');
});

test('Review works from the keyboard alone, with a visible focus ring', async ({
  page,
  appUrl,
}) => {
  await page.goto(`${appUrl}/review?deck=${deckId}`);
  const showAnswer = page.getByRole('button', { name: 'Show answer' });
  await expect(showAnswer).toBeVisible();
  const question = await page
    .getByRole('region', { name: 'Question' })
    .getByRole('heading')
    .textContent();

  for (let presses = 0; presses < 30 && !(await isFocused(page, 'Show answer')); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(showAnswer).toBeFocused();
  const outline = await showAnswer.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
  const good = page.getByRole('button', { name: /^Good/ });
  for (let presses = 0; presses < 30 && !(await isFocused(page, 'Good')); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(good).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Question' }).getByRole('heading')).not.toHaveText(
    question ?? '',
  );
  await expect(page.getByText(/left today:/)).toContainText('19 new, 1 learning');
});

function isFocused(page: Page, namePrefix: string): Promise<boolean> {
  return page.evaluate(
    (prefix) => document.activeElement?.textContent?.trim().startsWith(prefix) ?? false,
    namePrefix,
  );
}
