import type { CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';

// A bank in which every question reads "What's the output?" and only the code differs.

const OPERATORS = ['+', '-', '*', '%', '**', '<<', '>>', '&', '|', '^'];

/** The nth "What's the output?" question: the same words, its own code and answer. */
function outputQuestion(n: number): string {
  const operator = OPERATORS[n % OPERATORS.length] ?? '+';
  const left = 3 + Math.floor(n / OPERATORS.length);
  return [
    "### What's the output?",
    '',
    '```js',
    `console.log(${left} ${operator} 2);`,
    '```',
    '',
    '#### Answer',
    '',
    `Whatever ${left} ${operator} 2 gives.`,
    '',
  ].join('\n');
}

export function compileBank(numbers: readonly number[]): CompiledDeck {
  return compileDeck(`# Output quiz\n\n${numbers.map(outputQuestion).join('\n')}`, 'output.md');
}

/** The numbers of the questions of a 120-question bank. */
export const HUNDRED_TWENTY = Array.from({ length: 120 }, (_, i) => i);
