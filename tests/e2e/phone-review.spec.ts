import { expect } from './fixtures';
import {
  expectPhoneBasics,
  expectQuestionNearTop,
  expectRatingsAtThumbHeight,
  forEachTheme,
  measureRatingButtons,
  saveScreenshot,
  testOnEachPhone,
} from './phone-helpers';
import { deckId } from './quiz-support';

testOnEachPhone(
  'Review',
  'question near the top, ratings at the thumb',
  async ({ page, phone, appUrl, label }) => {
    await page.goto(`${appUrl}/review?deck=${deckId}`);
    await forEachTheme(page, async (theme) => {
      await expectQuestionNearTop(page, `${label} ${theme}`);
      await saveScreenshot(page, `review-${phone.name}-${theme}-question`);
      await expectPhoneBasics(page, `${label} ${theme}`);
    });

    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
    await forEachTheme(page, async (theme) => {
      await expectRatingsAtThumbHeight(page, `${label} ${theme}`);
      await saveScreenshot(page, `review-${phone.name}-${theme}-answer`);
      await expectPhoneBasics(page, `${label} ${theme}, answer shown`);
    });

    // The answer scrolls under the buttons; its end is reachable above them.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const sectionsBox = await page.locator('details.section').last().boundingBox();
    const { top } = await measureRatingButtons(page);
    expect(sectionsBox, `${label}: the sections are shown`).not.toBeNull();
    expect(Math.round((sectionsBox?.y ?? 0) + (sectionsBox?.height ?? 0))).toBeLessThanOrEqual(top);
    await saveScreenshot(page, `review-${phone.name}-scrolled`);
  },
);
