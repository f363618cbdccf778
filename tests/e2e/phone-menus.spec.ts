import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectTouchTargets, openPhonePage } from './phone-helpers';

test('on a phone the folded menus open, reach every screen and mode, and close on arrival', async ({
  browser,
  appUrl,
}) => {
  const page = await openPhonePage(browser, { name: '360x740', width: 360, height: 740 }, 'light');
  await page.goto(`${appUrl}/review`);
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Browse' })).toBeHidden();

  await main.getByRole('button', { name: 'Menu' }).click();
  await expect(main.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await expectTouchTargets(page, 'main menu open');
  await expectNoAxeViolations(page, 'main menu open');
  await main.getByRole('link', { name: 'Browse' }).click();
  await expect(page.getByRole('heading', { name: 'Browse', level: 1 })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Stats' })).toBeHidden();

  await page.goto(`${appUrl}/review`);
  const modes = page.getByRole('navigation', { name: 'Quiz modes' });
  await modes.getByRole('button', { name: 'Mode: Review' }).click();
  await expectTouchTargets(page, 'mode menu open');
  await modes.getByRole('link', { name: 'Write' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
  await expect(modes.getByRole('button', { name: 'Mode: Write' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await page.keyboard.press('Escape');
  await page.context().close();
});
