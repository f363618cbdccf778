import { type FormEvent, useState } from 'react';
import { type CramFilter, type CramOrder, selectCramCards } from '../../../domain/quiz/cram';
import type { QuizSources } from '../shared/use-quiz-sources';

type Props = {
  sources: QuizSources;
  initialDeckId: string | null;
  onStart: (filter: CramFilter) => void;
};

// The setup only counts matching cards, so their order does not matter here.
const fixedRandom = () => 0;

/** Deck, tag or search text, and the order: which cards to go through. */
export function CramSetup({ sources, initialDeckId, onStart }: Props) {
  const knownDeck = sources.decks.some((deck) => deck.id === initialDeckId);
  const [deckId, setDeckId] = useState(knownDeck ? initialDeckId : null);
  const [tag, setTag] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<CramOrder>('in-order');
  const filter: CramFilter = { deckId, tag, search, order: 'in-order' };
  const count = selectCramCards(sources.cards, filter, fixedRandom).length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (count > 0) onStart({ ...filter, order });
  };

  return (
    <form className="quiz-setup" onSubmit={onSubmit}>
      <label>
        Deck
        <select value={deckId ?? ''} onChange={(e) => setDeckId(e.target.value || null)}>
          <option value="">All decks</option>
          {sources.decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={tag ?? ''} onChange={(e) => setTag(e.target.value || null)}>
          <option value="">Any tag</option>
          {sources.tags.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search text
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <fieldset>
        <legend>Order</legend>
        <label>
          <input
            type="radio"
            name="cram-order"
            checked={order === 'in-order'}
            onChange={() => setOrder('in-order')}
          />
          In order
        </label>
        <label>
          <input
            type="radio"
            name="cram-order"
            checked={order === 'shuffled'}
            onChange={() => setOrder('shuffled')}
          />
          Shuffled
        </label>
      </fieldset>
      <p role="status">{count === 1 ? '1 card matches.' : `${count} cards match.`}</p>
      <button type="submit" className="primary" disabled={count === 0}>
        Start cram
      </button>
    </form>
  );
}
