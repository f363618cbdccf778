import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openImport } from './import-helpers';

/** About 5 MB of markdown: each question has concepts, code and an answer, like a real bank. */
function generateBank(targetBytes: number): { text: string; questions: number } {
  const parts = ['---\ndeck: Large bank\nid: large-bank\n---\n'];
  let size = parts[0]?.length ?? 0;
  let n = 0;
  while (size < targetBytes) {
    n += 1;
    const part = `
## Question ${n}: How does mechanism ${n} behave under load?

### Concepts

- Mechanism ${n} keeps a queue of pending work and drains it in batches of ${n % 50} items.
- Back-pressure applies when the queue passes its limit; callers then wait or fail fast.
- Observability: count queued items, drained items and the time each batch takes.

### Example Code Snippets

\`\`\`ts
export function drain${n}(queue: number[], limit = ${n % 97}): number[] {
  return queue.splice(0, Math.min(limit, queue.length));
}
\`\`\`

### Interview-Specific Answer

Mechanism ${n} batches pending work, applies back-pressure past its limit and is measured by queue length and batch latency, which keeps tail latency bounded under load.
`;
    parts.push(part);
    size += part.length;
  }
  return { text: parts.join(''), questions: n };
}

test('imports a 5 MB bank in the worker while the page keeps responding to clicks and typing', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(120_000);
  const bank = generateBank(5 * 1024 * 1024);
  await openImport(page, appUrl);
  // Counts keystrokes the page handled while an import was in progress.
  await page.evaluate(() => {
    Reflect.set(window, 'keysDuringImport', 0);
    document.addEventListener('input', () => {
      const isImporting = document.querySelector('progress[aria-label="Import progress"]') !== null;
      if (isImporting)
        Reflect.set(window, 'keysDuringImport', Reflect.get(window, 'keysDuringImport') + 1);
    });
  });
  // From disk, as a user picks it: a buffer would be decoded by script in the page itself.
  const folder = await mkdtemp(join(tmpdir(), 'drillbook-large-'));
  const path = join(folder, 'large.md');
  await writeFile(path, bank.text);
  await page.getByLabel('Import deck').setInputFiles(path);
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();

  // Another control handles a click and typing while the import runs.
  const box = page.getByLabel('Deck name');
  await box.click();
  await box.pressSequentially('still responsive');
  await expect(box).toHaveValue('still responsive');

  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `Imported ${bank.questions} cards into Large bank: ${bank.questions} added`,
    { timeout: 90_000 },
  );
  await expect(progress).toBeHidden();
  expect(await page.evaluate(() => Reflect.get(window, 'keysDuringImport'))).toBeGreaterThan(0);
  await rm(folder, { recursive: true, force: true });
});
