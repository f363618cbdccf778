import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';

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

/** The lowest and highest edge of the four rating buttons, as they are on screen now. */
export async function measureRatingButtons(page: Page): Promise<{ top: number; bottom: number }> {
  const boxes = await Promise.all(
    ['Again', 'Hard', 'Good', 'Easy'].map(async (name) => {
      const box = await page.getByRole('button', { name: new RegExp(`^${name}`) }).boundingBox();
      if (!box) throw new Error(`${name} has no box`);
      return box;
    }),
  );
  return {
    top: Math.round(Math.min(...boxes.map((box) => box.y))),
    bottom: Math.round(Math.max(...boxes.map((box) => box.y + box.height))),
  };
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
