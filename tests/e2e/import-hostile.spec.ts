import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { markdownFile, openImport } from './import-helpers';

// Each card carries a way in that a careless renderer would run; all of them must stay inert.
const HOSTILE = `---
deck: Hostile
id: hostile
---

## Question 1: What does <script>alert('q1')</script> do?

### Interview-Specific Answer

<script>alert('answer')</script> Plain text survives.

<img src="x" onerror="alert('img')">

### Concepts

<svg><script>alert('svg')</script></svg> <svg onload="alert('svg-onload')"></svg>

## Question 2: Which links are safe?

### Interview-Specific Answer

[js](javascript:alert('link')) [upper](JAVASCRIPT:alert('upper')) [tab](java\tscript:alert('tab'))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+) ![pixel](data:image/svg+xml,<svg onload=alert('img-data')>)
[entity](&#106;avascript:alert('entity')) [hex](&#x6A;avascript:alert('hex')) <javascript:alert('autolink')>
<a href="javascript:alert('raw')">raw anchor</a> [ok](https://example.com/safe)

### Example

<iframe src="javascript:alert('frame')"></iframe><form action="javascript:alert('form')"><button>go</button></form>
`;

const ANKI =
  '#separator:tab\n#html:true\n<b onmouseover="alert(1)">Hover?</b>\t<a href="javascript:alert(\'anki\')">anki link</a><script>alert(\'anki-script\')</script>\n';

/** Inline handlers, and javascript: or data: URLs where a browser would follow or load them. */
function findUnsafeAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isUrlAttribute = /^(href|src|srcset|action|formaction|xlink:href|poster|background)$/i;
    // Browsers skip whitespace and control characters inside a scheme, so the check does too.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    const compact = (value: string) => value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
    return [...document.querySelectorAll('main *')].flatMap((element) =>
      [...element.attributes]
        .filter(
          (attribute) =>
            /^on/i.test(attribute.name) ||
            (isUrlAttribute.test(attribute.name) &&
              /^(javascript|data|vbscript):/.test(compact(attribute.value))),
        )
        .map(
          (attribute) =>
            `<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`,
        ),
    );
  });
}

test('hostile markdown and Anki HTML render inert: no dialog, no javascript: or data: URL in the page', async ({
  page,
  appUrl,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The last line of defence: the page's policy runs no inline script at all.
  const response = await page.request.get(appUrl);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self';");
  await openImport(page, appUrl);
  await page
    .getByLabel('Import deck')
    .setInputFiles([
      markdownFile('hostile.md', HOSTILE),
      { name: 'hostile-anki.txt', mimeType: 'text/plain', buffer: Buffer.from(ANKI) },
    ]);
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('Imported 2 cards into Hostile');
  await expect(status).toContainText('Imported 1 card into hostile-anki');

  const unsafe: string[] = [];
  let shown = 0;
  for (const deck of ['hostile', 'hostile-anki']) {
    await page.goto(`${appUrl}/decks/${deck}`);
    const next = page.getByRole('button', { name: 'Next card' });
    for (;;) {
      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.getByRole('region', { name: 'Interview answer' })).not.toBeEmpty();
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      unsafe.push(...(await findUnsafeAttributes(page)));
      shown += 1;
      if (await next.isDisabled()) break;
      await next.click();
    }
  }
  expect(shown).toBe(3);
  expect(unsafe).toEqual([]);
  expect(dialogs).toEqual([]);
  // The safe link is kept: only what could run was dropped.
  await page.goto(`${appUrl}/decks/hostile`);
  await page.getByRole('button', { name: 'Next card' }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('link', { name: 'ok' })).toHaveAttribute(
    'href',
    'https://example.com/safe',
  );
  expect(dialogs).toEqual([]);
});
