import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import {
  expectNoHorizontalScroll,
  expectTouchTargets,
  MAX_HEADER_SHARE,
  MAX_QUESTION_SHARE,
  measureQuestion,
  measureRatingButtons,
  openPhonePage,
  phones,
  reportFigures,
  saveScreenshot,
  themes,
} from './phone-helpers';

const deckId = 'backend-fundamentals';
// Four screens, two themes, axe on each: more than the default minute on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

/** The header, the mode picker and the question, where the layout promises them. */
async function expectQuestionNearTop(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  const figures = await measureQuestion(page);
  reportFigures(`${label} question`, figures);
  expect
    .soft(figures.headerBottom, `${label}: header bottom`)
    .toBeLessThanOrEqual(figures.viewportHeight * MAX_HEADER_SHARE);
  expect
    .soft(figures.questionTop, `${label}: question top`)
    .toBeLessThanOrEqual(figures.viewportHeight * MAX_QUESTION_SHARE);
}

/** The four rating buttons on screen without scrolling, along its bottom edge. */
async function expectRatingsAtThumbHeight(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  const { top, bottom } = await measureRatingButtons(page);
  const viewportHeight = page.viewportSize()?.height ?? 0;
  reportFigures(`${label} ratings`, { top, bottom, viewportHeight });
  expect.soft(bottom, `${label}: rating buttons end on screen`).toBeLessThanOrEqual(viewportHeight);
  // Pinned along the bottom edge, where the thumb rests, not somewhere in the middle.
  expect
    .soft(top, `${label}: rating buttons at thumb height`)
    .toBeGreaterThanOrEqual(viewportHeight / 2);
}

for (const phone of phones) {
  test(`Review on a ${phone.name} phone: question near the top, ratings at the thumb`, async ({
    browser,
    appUrl,
  }) => {
    for (const theme of themes) {
      const page = await openPhonePage(browser, phone, theme);
      const label = `Review ${phone.name} ${theme}`;
      await page.goto(`${appUrl}/review?deck=${deckId}`);
      await expectQuestionNearTop(page, label);
      await expectNoHorizontalScroll(page, label);
      await expectTouchTargets(page, label);
      await saveScreenshot(page, `review-${phone.name}-${theme}-question`);
      await expectNoAxeViolations(page, label);

      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.getByRole('region', { name: 'Interview answer' })).toBeVisible();
      await expectRatingsAtThumbHeight(page, label);
      await expectNoHorizontalScroll(page, `${label}, answer shown`);
      await expectTouchTargets(page, `${label}, answer shown`);
      await saveScreenshot(page, `review-${phone.name}-${theme}-answer`);
      await expectNoAxeViolations(page, `${label}, answer shown`);

      // The answer scrolls under the buttons; its end is reachable above them.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const sections = page.locator('details.section').last();
      const sectionsBox = await sections.boundingBox();
      const { top } = await measureRatingButtons(page);
      expect(sectionsBox, `${label}: the sections are shown`).not.toBeNull();
      expect(Math.round((sectionsBox?.y ?? 0) + (sectionsBox?.height ?? 0))).toBeLessThanOrEqual(
        top,
      );
      await saveScreenshot(page, `review-${phone.name}-${theme}-scrolled`);
      await page.context().close();
    }
  });
}
