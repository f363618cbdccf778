import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

const deckTitle = 'Backend Interview Fundamentals';

/** A day `days` from today in the browser's own calendar, as a date input takes it. */
function dayFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((offset) => {
    const day = new Date();
    day.setDate(day.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }, days);
}

async function openStats(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/stats`);
  await expect(page.getByRole('heading', { name: 'Interview day' })).toBeVisible();
}

async function pickInterviewDate(page: Page, days: number): Promise<string> {
  const date = await dayFromToday(page, days);
  await page.getByLabel('Interview date').fill(date);
  return date;
}

/** The interview-day section, so other Stats sections never match by accident. */
function section(page: Page) {
  return page.getByRole('region', { name: 'Interview day' });
}

function deckRow(page: Page) {
  return section(page)
    .getByRole('table', { name: 'Predicted recall by deck' })
    .getByRole('row', { name: new RegExp(`^${deckTitle}`) });
}

/** axe-core on this section alone (the rest of Stats has its own checks), light then dark. */
async function expectSectionPassesAxe(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(
      page,
      `interview day ${state} (${colorScheme})`,
      'section.readiness',
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function studyFirst(page: Page) {
  return section(page).getByRole('list', { name: 'Study first' });
}

test('a picked interview date shows recall per deck and what to study first, and survives a reload', async ({
  page,
  appUrl,
}) => {
  await openStats(page, appUrl);
  await expect(section(page).getByText(/Pick the date of your interview/)).toBeVisible();

  const date = await pickInterviewDate(page, 4);
  await expect(deckRow(page).getByRole('cell')).toHaveText(['20', '0', '0%']);
  await expect(section(page).getByRole('table', { name: 'Predicted recall by tag' })).toBeVisible();
  await expect(studyFirst(page).getByRole('listitem')).toHaveCount(20);
  await expect(studyFirst(page).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/cards\/backend-fundamentals%2F/,
  );

  await page.reload();
  await expect(page.getByLabel('Interview date')).toHaveValue(date);
  await expect(deckRow(page).getByRole('cell')).toHaveText(['20', '0', '0%']);
});

test("rating a card Good raises its deck's predicted recall and puts it first to study", async ({
  page,
  appUrl,
}) => {
  await openStats(page, appUrl);
  await pickInterviewDate(page, 4);
  await expect(deckRow(page).getByRole('cell')).toHaveText(['20', '0', '0%']);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Review' })
    .click();
  const question = page.getByRole('region', { name: 'Question' }).getByRole('heading');
  const reviewed = (await question.textContent()) ?? '';
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(question).not.toHaveText(reviewed);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click();
  // Good on a new card gives about 2.3 days of stability: some 87% recall four days on, 20 cards.
  await expect(deckRow(page).getByRole('cell')).toHaveText(['20', '1', /^[1-9]\d*%$/]);
  const first = studyFirst(page).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText(reviewed);
  await expect(first).toContainText('% predicted recall');
});

test('the interview day section has no axe violations, light or dark', async ({ page, appUrl }) => {
  // Six axe-core runs, each a few seconds of CPU on a shared 2-core machine.
  test.setTimeout(120_000);
  await openStats(page, appUrl);
  await expect(section(page).getByText(/Pick the date of your interview/)).toBeVisible();
  await expectSectionPassesAxe(page, 'without a date');
  await pickInterviewDate(page, 4);
  await expect(studyFirst(page).getByRole('listitem')).toHaveCount(20);
  await expectSectionPassesAxe(page, 'with a date');
  await pickInterviewDate(page, -3);
  await expect(section(page).getByRole('alert')).toContainText('has already passed');
  await expectSectionPassesAxe(page, 'with a past date');
});
