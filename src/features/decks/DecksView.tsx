import { Link } from 'wouter';

import { ModePicker } from '../../components/ModePicker';
import { routes, toDeckHref, toStudyHref } from '../../components/routes';
import type { DeckCounts } from '../../data/handlers/decks';

export type DeckListItem = {
  deck: { id: string; title: string };
  counts: DeckCounts;
  cardCount: number;
};

type Props = {
  overview: DeckListItem[];
  /**
   * The build-time app shell's rendering, shown before the database is read: the layout is the
   * real one, but the counts are hidden (a returning user's differ from the built-in bank's).
   */
  isPending?: boolean;
};

/** The Decks screen's content. The app shell in index.html is this same markup, prerendered. */
export function DecksView({ overview, isPending = false }: Props) {
  const totalDue = overview.reduce(
    (sum, o) => sum + o.counts.new + o.counts.learning + o.counts.due,
    0,
  );
  const pending = isPending ? '' : undefined;
  return (
    <>
      <h1>Decks</h1>
      <ModePicker />
      <div className="actions" data-pending={pending}>
        <Link className="button primary" href={routes.review}>
          Review all decks <span className="count">({totalDue})</span>
        </Link>
      </div>
      <ul className="deck-list" data-pending={pending}>
        {overview.map(({ deck, counts, cardCount }) => (
          <li key={deck.id}>
            <div>
              <h2>
                <Link href={toDeckHref(deck.id)}>{deck.title}</Link>
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
              href={toStudyHref(routes.review, deck.id)}
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
