import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledCard, CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'markdown');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function compileFixture(name: string): CompiledDeck {
  return compileDeck(readFixture(name), `fixtures/${name}`);
}

export function cardNumbered(deck: CompiledDeck, number: number): CompiledCard {
  const card = deck.cards.find((c) => c.number === number);
  if (!card) throw new Error(`no card numbered ${number}`);
  return card;
}

export function messages(deck: CompiledDeck, severity: 'error' | 'warning'): string[] {
  return deck.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);
}

/** Everything a user can read on a card, for "nothing is lost" checks. */
export function cardText(card: CompiledCard): string {
  const sections = card.sections.map((s) => `${s.title}\n${s.markdown}`);
  return [card.question, card.prompt ?? '', card.answer, ...sections].join('\n');
}
