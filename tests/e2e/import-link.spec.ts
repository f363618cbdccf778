import type { Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { FIRST_PIECE_BYTES, startBankServer } from './bank-server';
import { expect, test } from './fixtures';
import { countRows, NETWORKING, openImport } from './import-helpers';
import { expectNoHorizontalScroll, expectTouchTargets, openPhonePage } from './phone-helpers';

// A local bank server, several downloads and axe in two themes: more than a minute when busy.
test.describe.configure({ timeout: 150_000 });

const linkForm = (page: Page) => page.getByRole('form', { name: 'Import from a link' });

/** Types a link and presses `Import`, as a user would. */
async function importLink(page: Page, link: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Import from link' }).fill(link);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

test('imports a bank from a link like a file, showing what has arrived; a GitHub page becomes its raw file', async ({
  page,
  appUrl,
}) => {
  const server = await startBankServer(NETWORKING);
  try {
    await openImport(page, appUrl);
    await importLink(page, `${server.origin}/banks/slow.md`);
    // The server holds the rest of the file back until the progress has been seen.
    await expect(
      linkForm(page).getByRole('progressbar', { name: 'Download progress' }),
    ).toBeVisible();
    await expect(linkForm(page)).toContainText(
      new RegExp(`Received ${FIRST_PIECE_BYTES / 1024} KB of \\d+ KB`),
    );
    server.release();
    const status = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect(status).toContainText('Imported 30 cards into Slow bank: 30 added');

    // GitHub, answered here as raw.githubusercontent.com would (it allows any origin).
    const asked: string[] = [];
    await page.route('https://raw.githubusercontent.com/**', (route) => {
      asked.push(route.request().url());
      return route.fulfill({
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Content-Type': 'text/plain; charset=utf-8',
        },
        body: NETWORKING,
      });
    });
    await importLink(page, 'https://github.com/drillbook/banks/blob/main/networking.md');
    await expect(status).toContainText('Imported 2 cards into Networking: 2 added');
    expect(asked).toEqual(['https://raw.githubusercontent.com/drillbook/banks/main/networking.md']);
  } finally {
    await server.close();
  }
});

test('on a 360x740 phone, a bad link gets a clear message and writes nothing', async ({
  browser,
  appUrl,
}) => {
  const server = await startBankServer(NETWORKING);
  const page = await openPhonePage(browser, { name: '360x740', width: 360, height: 740 }, 'light');
  try {
    // The navigation is folded into a menu on a phone; the address leads straight there.
    await page.goto(`${appUrl}/import`);
    await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
    const before = await countRows(page);
    const alert = linkForm(page).getByRole('alert');

    await importLink(page, `${server.origin}/banks/missing.md`);
    await expect(alert).toHaveText(
      /^missing\.md from 127\.0\.0\.1: the server answered 404 Not Found/,
    );
    await expectTouchTargets(page, 'Import from link, 360x740');
    await expectNoHorizontalScroll(page, 'Import from link, 360x740');
    await expectNoAxeViolationsInBothThemes(page, 'Import from link with an error');

    await importLink(page, `${server.origin}/banks/page.md`);
    await expect(alert).toContainText('page.md from 127.0.0.1 is a web page, not a markdown file');

    await importLink(page, `${server.origin}/banks/no-cors.md`);
    await expect(alert).toContainText(
      '127.0.0.1 refused the request for no-cors.md from 127.0.0.1: it does not let other sites read its files (CORS)',
    );

    await importLink(page, 'https://gitlab.com/team/banks/-/raw/main/networking.md');
    await expect(alert).toContainText(
      'gitlab.com does not let other sites read its files, so Drillbook imports links only from raw.githubusercontent.com, gist.githubusercontent.com',
    );
    await expect(alert).toContainText('Download the file and import it with Import deck instead.');

    await importLink(page, 'javascript:alert(1)');
    await expect(alert).toHaveText('Only https:// links can be imported, not javascript: links.');

    await page.context().setOffline(true);
    await importLink(page, `${server.origin}/banks/networking.md`);
    await expect(alert).toContainText('You are offline: importing networking.md from 127.0.0.1');
    await page.context().setOffline(false);

    expect(await countRows(page)).toEqual(before);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveCount(0);
  } finally {
    await page.context().close();
    await server.close();
  }
});
