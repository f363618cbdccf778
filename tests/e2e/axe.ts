import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from './fixtures';

/** WCAG 2.0 and 2.1, levels A and AA: the rules the app is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

// Only violations are reported: axe then skips gathering every passing node, most of its time.
const runOptions = {
  runOnly: { type: 'tag', values: wcagTags },
  resultTypes: ['violations'],
} satisfies RunOptions;

/**
 * Runs axe-core on the page as it is now (or on the part `within` selects); fails with one line
 * per rule and offending element. axe is injected once per document, not before every check:
 * injecting it took most of each check's time (the app has no frames).
 */
export async function expectNoAxeViolations(
  page: Page,
  screen: string,
  within = 'html',
): Promise<void> {
  const isLoaded = await page.evaluate(() => 'axe' in window);
  if (!isLoaded) await page.evaluate(axeSource);
  const { violations }: AxeResults = await page.evaluate(
    ({ selector, options }) => Reflect.get(window, 'axe').run({ include: [[selector]] }, options),
    { selector: within, options: runOptions },
  );
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`,
    ),
  );
  expect(found, `axe-core violations on ${screen}`).toEqual([]);
}

/** The same check in the light theme, then in the dark one (prefers-color-scheme), then back. */
export async function expectNoAxeViolationsInBothThemes(page: Page, screen: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, `${screen} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, `${screen} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}
