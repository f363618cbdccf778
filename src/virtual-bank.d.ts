declare module 'virtual:bank' {
  import type { CompiledDeck } from './domain/card-types';

  export const decks: CompiledDeck[];
}
