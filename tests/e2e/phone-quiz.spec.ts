import { expect } from './fixtures';
import {
  expectPhoneBasics,
  expectQuestionNearTop,
  expectRatingsAtThumbHeight,
  forEachTheme,
  measureRatingButtons,
  reportFigures,
  saveScreenshot,
  testOnEachPhone,
} from './phone-helpers';
import { deckId } from './quiz-support';

testOnEachPhone(
  'Write',
  'question near the top, ratings at the thumb',
  async ({ page, phone, appUrl, label }) => {
    await page.goto(`${appUrl}/quiz/write?deck=${deckId}`);
    await forEachTheme(page, async (theme) => {
      await expectQuestionNearTop(page, `${label} ${theme}`);
      await expectPhoneBasics(page, `${label} ${theme}`);
    });

    await page
      .getByRole('textbox', { name: 'Your answer' })
      .fill('The browser resolves DNS, opens a TCP connection and a TLS handshake.');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('region', { name: 'Key terms' })).toBeVisible();
    await forEachTheme(page, async (theme) => {
      await expectRatingsAtThumbHeight(page, `${label} ${theme}`);
      await saveScreenshot(page, `write-${phone.name}-${theme}-answer`);
      await expectPhoneBasics(page, `${label} ${theme}, answer shown`);
    });
  },
);

testOnEachPhone(
  'Mock interview',
  'question near the top, the first ratings and Save on screen',
  async ({ page, phone, appUrl, label }) => {
    await page.goto(`${appUrl}/quiz/mock`);
    await expect(page.getByText('Question 1 of 5')).toBeVisible();
    // Two questions: the rating step is a list, and its first question must not need a scroll.
    await page.getByRole('button', { name: 'Change setup' }).click();
    await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
    await page.getByRole('button', { name: 'Start interview' }).click();
    await expect(page.getByText('Question 1 of 2')).toBeVisible();
    await forEachTheme(page, async (theme) => {
      await expectQuestionNearTop(page, `${label} ${theme}`);
      await expectPhoneBasics(page, `${label} ${theme}`);
    });

    const box = page.getByRole('textbox', { name: 'Your answer' });
    await box.fill('HTTP is stateless: the server keeps no client context between requests.');
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.getByText('Question 2 of 2')).toBeVisible();
    await box.fill('A load balancer spreads requests over servers.');
    await page.getByRole('button', { name: 'Finish interview' }).click();
    await page.getByRole('button', { name: 'Rate these' }).click();

    const save = page.getByRole('button', { name: 'Save ratings' });
    const first = page.getByRole('group', { name: /^1\. / });
    const findRating = (name: string) =>
      first.locator('label').filter({ hasText: new RegExp(`^${name}`) });
    await expect(save).toBeVisible();
    await forEachTheme(page, async (theme) => {
      const ratings = await measureRatingButtons(page, findRating);
      const saveBar = await page.locator('.mock-ratings > .actions').boundingBox();
      reportFigures(`${label} ${theme} ratings`, { ...ratings, saveTop: saveBar?.y });
      // On screen, below the corner menu button and clear of the Save bar pinned under them.
      expect.soft(ratings.top, `${label} ${theme}: first ratings on screen`).toBeGreaterThan(0);
      expect
        .soft(ratings.bottom, `${label} ${theme}: first ratings above Save`)
        .toBeLessThanOrEqual(Math.round(saveBar?.y ?? 0));
      await expect.soft(save, `${label} ${theme}: Save on screen`).toBeInViewport({ ratio: 1 });
      await saveScreenshot(page, `mock-${phone.name}-${theme}-ratings`);
      await expectPhoneBasics(page, `${label} ${theme}, ratings`);
    });
  },
);
