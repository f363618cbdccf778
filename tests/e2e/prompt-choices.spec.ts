import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openImport } from './import-helpers';
import { modePicker } from './quiz-support';

const deckId = 'js-output';

/**
 * A backup holding one imported deck: a "what is the output?" card with its code as the prompt
 * and the bank's own options, and a card without either.
 */
function backupWithPromptAndChoices(): string {
  const importedAt = Date.UTC(2026, 0, 5);
  const card = (position: number, fields: Record<string, unknown>) => ({
    id: `${deckId}/card-${position}`,
    deckId,
    number: position + 1,
    answer: 'Plain answer.',
    sections: [],
    tags: ['javascript'],
    source: { file: 'js.md', line: 1 + position * 10 },
    position,
    contentHash: `hash-${position}`,
    status: 'active',
    previousIds: [],
    ...fields,
  });
  return JSON.stringify({
    format: 'drillbook-backup',
    version: 1,
    exportedAt: new Date(importedAt).toISOString(),
    decks: [
      {
        id: deckId,
        title: 'JS output',
        description: '',
        tags: [],
        source: 'import',
        fileName: 'js.md',
        importedAt,
        contentHash: 'deck-hash',
      },
    ],
    cards: [
      card(0, {
        question: "What's the output?",
        prompt: '```js\nconsole.log(typeof null);\n```\n\nOne of <b>four</b> answers.',
        answer: '`"object"`: a bug kept for compatibility.',
        choices: [
          { text: '`"null"`', correct: false },
          { text: '`"object"`', correct: true },
          { text: '`"undefined"`', correct: false },
          { text: 'It throws a TypeError', correct: false },
        ],
      }),
      card(1, { question: 'What is hoisting?' }),
    ],
    schedule: [],
    reviews: [],
    settings: [],
  });
}

async function importBackupFile(page: Page, appUrl: string): Promise<void> {
  await openImport(page, appUrl);
  await page.getByLabel('Import deck').setInputFiles({
    name: 'js-output.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupWithPromptAndChoices()),
  });
  await expect(
    page.getByRole('status').filter({ hasText: /(Restored|Merged) the backup/ }),
  ).toBeVisible({ timeout: 30_000 });
}

test('a card with a prompt shows it under the question before Show answer, and Multiple choice offers its own options', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(120_000);
  await importBackupFile(page, appUrl);

  await page.goto(`${appUrl}/review?deck=${deckId}`);
  const question = page.getByRole('region', { name: 'Question' });
  await expect(question.getByRole('heading')).toHaveText("What's the output?");
  // Before the reveal: the prompt's code, highlighted, and its inline HTML rendered as bold.
  await expect(question.locator('pre code.hljs')).toHaveText('console.log(typeof null);');
  await expect(question.locator('b')).toHaveText('four');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Interview answer' })).toHaveCount(0);

  await modePicker(page).getByRole('link', { name: 'Multiple choice' }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/choice\\?deck=${deckId}$`));
  // The other card has no options of its own and the deck no other answers: only this one is asked.
  await expect(page.getByText(/Question 1 of 1/)).toBeVisible();
  await expect(question.locator('pre code')).toHaveText('console.log(typeof null);');
  const options = page.getByRole('list', { name: 'Candidate answers' }).getByRole('button');
  await expect(options).toHaveText([
    '1"null"',
    '2"object"',
    '3"undefined"',
    '4It throws a TypeError',
  ]);
  await page.keyboard.press('2');
  await expect(page.getByText('Correct: option 2.')).toBeVisible();
  await expect(options.nth(1)).toContainText('Correct, your choice');
});
