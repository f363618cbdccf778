import type { CompiledCard, CompiledDeck } from '../card-types';

// Bump when the way a deck is stored changes, so every deck is synced again once.
const SYNC_FORMAT = 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_LANE_SEED = 0x9747b28c;
const SECOND_LANE_PRIME = 0x5bd1e995;

/**
 * FNV-1a over UTF-16 code units, with a second independent 32-bit lane so that
 * 100,000-card banks stay far from collisions (64 bits in all), as 16 hex digits.
 */
export function hashText(text: string): string {
  let first = FNV_OFFSET;
  let second = SECOND_LANE_SEED ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, FNV_PRIME);
    second = Math.imul(second ^ code, SECOND_LANE_PRIME);
    second ^= second >>> 15;
  }
  return toHex(first) + toHex(second);
}

function toHex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * Hash of what the user reads on the card. The source line and the position are
 * left out on purpose: editing one card moves every later card down the file,
 * and that must not count as editing them.
 */
export function hashCardContent(card: CompiledCard): string {
  const parts = [
    card.number === null ? '' : String(card.number),
    card.question,
    card.answer,
    ...card.sections.flatMap((section) => [section.title, section.markdown]),
    '\u0001',
    ...card.tags,
    ...promptParts(card),
  ];
  return hashText(parts.join('\u0000'));
}

/**
 * Prompt and choices count only when a card has them, so a card without either keeps the hash
 * it had before cards could carry them, and re-importing an unchanged bank changes nothing.
 */
function promptParts(card: CompiledCard): string[] {
  const prompt = card.prompt ?? '';
  const choices = card.choices ?? [];
  if (prompt === '' && choices.length === 0) return [];
  return [
    '\u0002',
    prompt,
    ...choices.flatMap((choice) => [choice.correct ? '+' : '-', choice.text]),
  ];
}

/** Hash of everything stored from a compiled deck, so an unchanged deck can be skipped at start-up. */
export function hashDeck(deck: CompiledDeck): string {
  return hashText(JSON.stringify([SYNC_FORMAT, deck.deck, deck.cards]));
}
