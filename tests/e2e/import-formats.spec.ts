import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { expect, test } from './fixtures';
import { countRows, markdownFile, NETWORKING, openImport } from './import-helpers';

test('imports markdown, CSV and Anki text files at once and lists the new decks', async ({
  page,
  appUrl,
}) => {
  await openImport(page, appUrl);
  await page.getByLabel('Import deck').setInputFiles([
    markdownFile('networking.md', NETWORKING),
    {
      name: 'http.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('question,answer,tags\nPUT vs PATCH?,PUT replaces the resource.,http\n'),
    },
    {
      name: 'anki.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        '#separator:tab\n#html:true\n#deck:Anki notes\nWhat is CORS?\tA <b>browser</b> rule.\n',
      ),
    },
  ]);
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('Imported 2 cards into Networking: 2 added');
  await expect(status).toContainText('Imported 1 card into http: 1 added');
  await expect(status).toContainText('Imported 1 card into Anki notes: 1 added');

  await page.getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByRole('link', { name: 'Networking', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Anki notes', exact: true })).toBeVisible();
});

test('names the file and line of every bad input and leaves the database unchanged', async ({
  page,
  appUrl,
}) => {
  // A 50 MB file and two axe runs: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const bad: Record<string, Buffer> = {
    'slides.pdf': Buffer.from('%PDF-1.7 ...'),
    'image.md': Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0xff]),
    'empty.md': Buffer.alloc(0),
    'latin.md': Buffer.concat([Buffer.from('## Question 1: Caf'), Buffer.from([0xe9, 0x3f])]),
    'huge.md': Buffer.alloc(50 * 1024 * 1024 + 1, 0x61),
    'people.csv': Buffer.from('name,email\nAda,ada@example.com\n'),
    'package.json': Buffer.from('{"name": "x", "version": "1.0.0"}'),
    'prose.md': Buffer.from('# Notes\n\nOnly prose, no questions.\n'),
  };
  // Playwright passes files over 50 MB by path only, so every file goes through the disk (a
  // folder of its own: parallel Playwright runs clear test-results/).
  const folder = await mkdtemp(join(tmpdir(), 'drillbook-bad-input-'));
  const paths = await Promise.all(
    Object.entries(bad).map(async ([name, bytes]) => {
      const path = join(folder, name);
      await writeFile(path, bytes);
      return path;
    }),
  );
  await openImport(page, appUrl);
  const before = await countRows(page);
  expect(before.cards).toBeGreaterThan(0);
  await page.getByLabel('Import deck').setInputFiles(paths);
  const status = page.getByRole('status').filter({ hasText: 'slides.pdf' });
  await expect(status).toContainText('slides.pdf: Drillbook cannot import .pdf files');
  await expect(status).toContainText('image.md, line 2: the file looks binary');
  await expect(status).toContainText('empty.md: the file is empty');
  await expect(status).toContainText('latin.md, line 1: is not valid UTF-8 text');
  await expect(status).toContainText('huge.md: the file is 50.0 MB, over the 50 MB limit');
  await expect(status).toContainText(
    'people.csv, line 1: expected a header row with the columns question, answer',
  );
  await expect(status).toContainText('package.json: is JSON, but not a Drillbook backup');
  await expect(status).toContainText('prose.md, line 1: no questions found');
  await expect(status).not.toContainText('Imported');
  expect(await countRows(page)).toEqual(before);
  await rm(folder, { recursive: true, force: true });
  // The screen with its errors shown is as accessible as the rest of the app.
  await expectNoAxeViolationsInBothThemes(page, 'Import');
});
