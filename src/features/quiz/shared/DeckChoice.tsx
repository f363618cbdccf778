import { Link } from 'wouter';
import { type StudyPath, toStudyHref } from '../../../components/routes';
import type { DeckRow } from '../../../domain/card-types';

/** For a mode that works one deck at a time, opened without one, when there is a choice. */
export function DeckChoice({ path, decks }: { path: StudyPath; decks: readonly DeckRow[] }) {
  if (decks.length === 0) return <p>There are no decks yet. Import one first.</p>;
  return (
    <section aria-labelledby="deck-choice-title">
      <h2 id="deck-choice-title">Choose a deck</h2>
      <ul className="deck-choice">
        {decks.map((deck) => (
          <li key={deck.id}>
            <Link href={toStudyHref(path, deck.id)}>{deck.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
