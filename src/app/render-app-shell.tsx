import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import type { CompiledDeck } from '../domain/card-types';
import { type DeckListItem, DecksView } from '../features/decks/DecksView';
import { compareDecks } from '../storage/queue-filters';
import { Layout } from './Layout';

/**
 * What a first visit shows on the Decks screen: each built-in deck, all of its cards new. The
 * shell hides these counts (a returning user's differ); they only give the rows their size.
 */
function toShellOverview(decks: CompiledDeck[]): DeckListItem[] {
  return decks
    .map(({ deck, cards }) => ({
      deck: { id: deck.id, title: deck.title },
      counts: { deckId: deck.id, new: cards.length, learning: 0, due: 0 },
      cardCount: cards.length,
    }))
    .sort((a, b) => compareDecks(a.deck, b.deck));
}

/**
 * The app shell that index.html carries (built by scripts/vite-plugin-app-shell.ts): the
 * layout and the Decks screen, rendered by the app's own components, so that the first paint
 * needs no JavaScript and React's first render puts the same boxes in the same places.
 */
export function renderAppShell(decks: CompiledDeck[]): string {
  return renderToStaticMarkup(
    <Router ssrPath="/">
      <Layout>
        <DecksView overview={toShellOverview(decks)} isPending />
      </Layout>
    </Router>,
  );
}
