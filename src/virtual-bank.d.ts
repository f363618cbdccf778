declare module 'virtual:bank' {
  import type { CompiledDeck } from './domain/card-types';

  export const decks: CompiledDeck[];
  /** Each deck's `hashDeck`, computed at build time so that start-up does not hash the bank. */
  export const hashes: string[];
  /** Each card's `hashCardContent` by card id, so that a first visit hashes no card either. */
  export const cardHashes: Record<string, string>;
}
