import { describe, expect, it } from 'vitest';
import {
  MAX_CARD_CHOICES,
  MAX_CHOICE_TEXT_CHARS,
  MAX_PROMPT_CHARS,
} from '../../../src/domain/card-limits';
import { formatRowProblem } from '../../../src/domain/validation/row-check';
import { validateBackupRows } from '../../../src/domain/validation/validate-backup-rows';
import { validateCardRow } from '../../../src/domain/validation/validate-rows';
import { EXPORTED_AT, makeBackup, makeStoredCard } from '../deck-import/backup-sample';

const context = { referenceTime: EXPORTED_AT, known: null };

const choices = [
  { text: '`[1, 2, 3]`', correct: false },
  { text: '`[3, 2, 1]`', correct: true },
];
const withContent = {
  ...makeStoredCard('output'),
  prompt: '```js\nconsole.log([3, 2, 1]);\n```',
  choices,
};

describe('validateCardRow: prompt and choices', () => {
  it('keeps a card prompt and its choices as they are', () => {
    const checked = validateCardRow(withContent, context);
    expect(checked.problems).toEqual([]);
    expect(checked.row).toMatchObject({ prompt: withContent.prompt, choices });
  });

  it('reads a card from before prompts existed without adding either field', () => {
    const checked = validateCardRow(makeStoredCard('dns'), context);
    expect(checked.row).not.toHaveProperty('prompt');
    expect(checked.row).not.toHaveProperty('choices');
  });

  it('keeps only the known fields of an option', () => {
    const extra = { ...withContent, choices: [{ text: 'A', correct: true, onclick: 'x' }] };
    expect(validateCardRow(extra, context).row?.choices).toEqual([{ text: 'A', correct: true }]);
  });

  it.each([
    ['choices that are not a list', { choices: 'A, B' }, /choices should be a list of at most/],
    [
      'thousands of choices',
      { choices: Array.from({ length: 5000 }, (_, i) => ({ text: `${i}`, correct: i === 0 })) },
      new RegExp(`choices should be a list of at most ${MAX_CARD_CHOICES} options`),
    ],
    [
      'a choice of huge text',
      { choices: [{ text: 'x'.repeat(MAX_CHOICE_TEXT_CHARS + 1), correct: true }] },
      new RegExp(`choices\\[0\\]\\.text should be at most ${MAX_CHOICE_TEXT_CHARS} characters`),
    ],
    ['a choice without its mark', { choices: [{ text: 'A' }] }, /choices\[0\]\.correct should be/],
    ['a choice that is text', { choices: ['A'] }, /choices\[0\] should be an object/],
    ['a prompt that is not text', { prompt: { html: '<script>' } }, /prompt should be text/],
    [
      'a huge prompt',
      { prompt: 'x'.repeat(MAX_PROMPT_CHARS + 1) },
      new RegExp(`prompt should be text of at most ${MAX_PROMPT_CHARS} characters`),
    ],
  ])('skips a card row with %s, naming the row and the field', (_what, change, message) => {
    const backup = makeBackup();
    const [first, ...rest] = backup.cards;
    const result = validateBackupRows(
      { ...backup, cards: [{ ...first, ...change }, ...rest] },
      context,
    );
    expect(result.rows.cards.map((card) => card.id)).not.toContain(first?.id);
    const problems = result.problems.map(formatRowProblem);
    expect(problems[0]).toMatch(new RegExp(`^cards\\[0\\] \\(id "${first?.id}"\\): `));
    expect(problems[0]).toMatch(message);
  });
});
