import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';

const bankPath = join(import.meta.dirname, '..', '..', '..', 'cards', 'backend-fundamentals.md');

/** The built-in bank, compiled as the app compiles it. */
export function compileBuiltInBank(): CompiledDeck {
  return compileDeck(readFileSync(bankPath, 'utf8'), 'backend-fundamentals.md');
}
