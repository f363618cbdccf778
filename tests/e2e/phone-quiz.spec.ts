import { expectNoAxeViolationsInBothThemes } from './axe';
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
} from './phone-helpers';
import { deckId } from './quiz-support';

// Four screens, axe in two themes on each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

for (const [index, phone] of phones.entries()) {
  const theme = index % 2 === 0 ? 'light' : 'dark';
  test(`Write on a ${phone.name} phone: question near the top, ratings at the thumb`, async ({
    browser,
    appUrl,
  }) => {
    const page = await openPhonePage(browser, phone, theme);
    const label = `Write ${phone.name}`;
    await page.goto(`${appUrl}/quiz/write?deck=${deckId}`);
    await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
    const figures = await measureQuestion(page);
    reportFigures(`${label} question`, figures);
    expect.soft(figures.headerBottom).toBeLessThanOrEqual(phone.height * MAX_HEADER_SHARE);
    expect.soft(figures.questionTop).toBeLessThanOrEqual(phone.height * MAX_QUESTION_SHARE);
    await expectTouchTargets(page, label);
    await expectNoHorizontalScroll(page, label);

    await page
      .getByRole('textbox', { name: 'Your answer' })
      .fill('The browser resolves DNS, opens a TCP connection and a TLS handshake.');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('region', { name: 'Key terms' })).toBeVisible();
    const ratings = await measureRatingButtons(page);
    reportFigures(`${label} ratings`, ratings);
    expect.soft(ratings.bottom).toBeLessThanOrEqual(phone.height);
    expect.soft(ratings.top).toBeGreaterThanOrEqual(phone.height / 2);
    await expectTouchTargets(page, `${label}, answer shown`);
    await expectNoHorizontalScroll(page, `${label}, answer shown`);
    await saveScreenshot(page, `write-${phone.name}-${theme}-answer`);
    await expectNoAxeViolationsInBothThemes(page, `${label}, answer shown`);
    await page.context().close();
  });
}

test('Mock interview ratings on a 360x740 phone: big enough to tap, Save on screen', async ({
  browser,
  appUrl,
}) => {
  const page = await openPhonePage(browser, { name: '360x740', width: 360, height: 740 }, 'dark');
  await page.goto(`${appUrl}/quiz/mock`);
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Change setup' }).click();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('1');
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('textbox', { name: 'Your answer' }).fill('HTTP is stateless.');
  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page.getByRole('button', { name: 'Rate these' }).click();
  const save = page.getByRole('button', { name: 'Save ratings' });
  await expect(save).toBeVisible();
  await expect(save).toBeInViewport();
  await expectTouchTargets(page, 'Mock ratings');
  await expectNoHorizontalScroll(page, 'Mock ratings');
  await saveScreenshot(page, 'mock-ratings-360x740-dark');
  await expectNoAxeViolationsInBothThemes(page, 'Mock ratings');
  await page.context().close();
});
