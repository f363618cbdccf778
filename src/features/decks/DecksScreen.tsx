import { Link } from 'wouter';
import { ModePicker } from '../../components/ModePicker';
import { useDeckOverview } from './use-deck-overview';

export function DecksScreen() {
  const overview = useDeckOverview();
  if (!overview) return <p role="status">Loading decks…</p>;

  const totalDue = overview.reduce(
    (sum, o) => sum + o.counts.new + o.counts.learning + o.counts.due,
    0,
  );
  return (
    <>
      <h1>Decks</h1>
      <ModePicker />
      <div className="actions">
        <Link className="button primary" href="/review">
          Review all decks ({totalDue})
        </Link>
      </div>
      <ul className="deck-list">
        {overview.map(({ deck, counts, cardCount }) => (
          <li key={deck.id}>
            <div>
              <h2>
                <Link href={`/decks/${encodeURIComponent(deck.id)}`}>{deck.title}</Link>
              </h2>
              <p className="meta">{cardCount} cards</p>
              <ul className="counts" aria-label={`${deck.title}: today`}>
                <li>{counts.new} new</li>
                <li>{counts.learning} learning</li>
                <li>{counts.due} due</li>
              </ul>
            </div>
            <Link
              className="button"
              href={`/review?deck=${encodeURIComponent(deck.id)}`}
              aria-label={`Review ${deck.title}`}
            >
              Review
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
