import { Link } from 'wouter';
import { useQuery } from '../../../data/use-query';

/** For a mode that works one deck at a time, opened without one. */
export function DeckChoice({ path }: { path: string }) {
  const decks = useQuery('deckList');
  if (!decks) return <p role="status">Loading decks…</p>;
  if (decks.length === 0) return <p>There are no decks yet. Import one first.</p>;
  return (
    <section aria-labelledby="deck-choice-title">
      <h2 id="deck-choice-title">Choose a deck</h2>
      <ul className="deck-choice">
        {decks.map((deck) => (
          <li key={deck.id}>
            <Link href={`${path}?deck=${encodeURIComponent(deck.id)}`}>{deck.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
