import type { Browser, Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

export type Phone = { name: string; width: number; height: number };

/** Two common phone screens, each held upright and sideways. */
export const phones: readonly Phone[] = [
  { name: '360x740', width: 360, height: 740 },
  { name: '740x360', width: 740, height: 360 },
  { name: '390x844', width: 390, height: 844 },
  { name: '844x390', width: 844, height: 390 },
];

export const themes = ['light', 'dark'] as const;
export type ThemeName = (typeof themes)[number];

/** The smallest touch target a thumb hits reliably. */
export const MIN_TOUCH_PX = 44;
/** How much of the screen the header and the mode picker may take. */
export const MAX_HEADER_SHARE = 0.2;
/** Where the question must start at the latest. */
export const MAX_QUESTION_SHARE = 0.25;

/** Each phone screen's test runs axe in two themes, and more: over the default minute when busy. */
const PHONE_TEST_TIMEOUT_MS = 180_000;

type PhoneTest = { page: Page; phone: Phone; appUrl: string; label: string };

/**
 * One test per phone screen of the matrix, each with its own page (light at first; switch with
 * `forEachTheme`), closed when the test ends. Call at the top level of a spec.
 */
export function testOnEachPhone(
  mode: string,
  promise: string,
  body: (phoneTest: PhoneTest) => Promise<void>,
): void {
  test.describe.configure({ timeout: PHONE_TEST_TIMEOUT_MS });
  for (const phone of phones) {
    test(`${mode} on a ${phone.name} phone: ${promise}`, async ({ browser, appUrl }) => {
      const page = await openPhonePage(browser, phone, 'light');
      try {
        await body({ page, phone, appUrl, label: `${mode} ${phone.name}` });
      } finally {
        await page.context().close();
      }
    });
  }
}

/** Runs the same checks on the page as it is, in the light theme and then in the dark one. */
export async function forEachTheme(
  page: Page,
  check: (theme: ThemeName) => Promise<void>,
): Promise<void> {
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    await check(theme);
  }
}

/** A page in Chromium's mobile emulation: touch, device pixels, the phone's viewport. */
export async function openPhonePage(
  browser: Browser,
  phone: Phone,
  theme: ThemeName,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: phone.width, height: phone.height },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    colorScheme: theme,
  });
  return context.newPage();
}

export type ReviewMeasure = {
  headerBottom: number;
  questionTop: number;
  viewportHeight: number;
};

/** Where the chrome ends and the question begins, in CSS pixels from the top of the screen. */
export async function measureQuestion(page: Page): Promise<ReviewMeasure> {
  return page.evaluate(() => {
    const bottoms = [...document.querySelectorAll('.app-header, .mode-picker')].map(
      (element) => element.getBoundingClientRect().bottom,
    );
    const question = document.querySelector('[aria-label="Question"]');
    return {
      headerBottom: Math.round(Math.max(...bottoms)),
      questionTop: Math.round(question?.getBoundingClientRect().top ?? Number.NaN),
      viewportHeight: window.innerHeight,
    };
  });
}

export const ratingNames = ['Again', 'Hard', 'Good', 'Easy'] as const;

/** The rating buttons of Review, Write and Cram, found by the name each starts with. */
const findRatingButton = (page: Page) => (name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}`) });

/** The lowest and highest edge of the four rating controls, as they are on screen now. */
export async function measureRatingButtons(
  page: Page,
  findRating: (name: string) => Locator = findRatingButton(page),
): Promise<{ top: number; bottom: number }> {
  const boxes = await Promise.all(
    ratingNames.map(async (name) => {
      const box = await findRating(name).boundingBox();
      if (!box) throw new Error(`${name} has no box`);
      return box;
    }),
  );
  return {
    top: Math.round(Math.min(...boxes.map((box) => box.y))),
    bottom: Math.round(Math.max(...boxes.map((box) => box.y + box.height))),
  };
}

/** The header, the mode picker and the question, where the layout promises them. */
export async function expectQuestionNearTop(page: Page, label: string): Promise<void> {
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
export async function expectRatingsAtThumbHeight(page: Page, label: string): Promise<void> {
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

/** What every phone screen must hold: no sideways scroll, 44 px targets, no axe violation. */
export async function expectPhoneBasics(page: Page, label: string): Promise<void> {
  await expectNoHorizontalScroll(page, label);
  await expectTouchTargets(page, label);
  await expectNoAxeViolations(page, label);
}

/** Nothing wider than the screen: no sideways scrolling of the page itself. */
export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect.soft(scrollWidth, `${screen} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Every visible button, menu toggle, form control and navigation link is at least 44 px
 * each way. Links inside card text are words in a sentence, held to no such size.
 */
export async function expectTouchTargets(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate((min) => {
    const selector = 'button, summary, select, .button, nav a, label:has(input), input, textarea';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !element.closest('.markdown') && element.getClientRects().length > 0)
      .filter((element) => getComputedStyle(element).visibility !== 'hidden')
      .filter((element) => !(element instanceof HTMLInputElement && element.closest('label')))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < min - 0.5 || box.width < min - 0.5)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
      );
  }, MIN_TOUCH_PX);
  expect.soft(small, `touch targets under ${MIN_TOUCH_PX} px on ${screen}`).toEqual([]);
}

/** A screenshot for a person to look at, when the run asks for them (never in the project). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.SCREENSHOT_DIR;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` });
}

/** Figures for the report, when the run asks for them. */
export function reportFigures(label: string, figures: object): void {
  if (process.env.REPORT_FIGURES) console.log(`FIGURES ${label} ${JSON.stringify(figures)}`);
}
