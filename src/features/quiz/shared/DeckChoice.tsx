import { Link } from 'wouter';
import { type StudyPath, toStudyHref } from '../../../components/routes';
import { listDecks } from '../../../storage/deck-repo';
import { useLiveQuery } from '../../../storage/live-query';
import { getDatabase } from '../../../stores/database';

/** For a mode that works one deck at a time, opened without one. */
export function DeckChoice({ path }: { path: StudyPath }) {
  const decks = useLiveQuery(() => listDecks(getDatabase()), []);
  if (!decks) return <p role="status">Loading decks…</p>;
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
