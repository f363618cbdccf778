import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { AnswerPanel } from '../../components/card/AnswerPanel';
import { QuestionPanel } from '../../components/card/QuestionPanel';
import { routes, toStudyHref } from '../../components/routes';
import { useQuery } from '../../data/use-query';

/** A deck opened: its cards one at a time, to read through without touching the schedule. */
export function DeckScreen() {
  const deckId = useParams<{ deckId: string }>().deckId ?? '';
  const data = useQuery('deckPage', { deckId });
  const [index, setIndex] = useState(0);
  const [isRevealed, setRevealed] = useState(false);

  if (!data) return <p role="status">Loading deck…</p>;
  if (!data.deck) return <p role="alert">This deck does not exist (any more).</p>;
  const card = data.cards[Math.min(index, data.cards.length - 1)];
  const go = (delta: number) => {
    setIndex((i) => Math.max(0, Math.min(data.cards.length - 1, i + delta)));
    setRevealed(false);
  };

  return (
    <>
      <h1>{data.deck.title}</h1>
      <p className="meta">
        {data.cards.length} cards ·{' '}
        <Link href={toStudyHref(routes.review, deckId)}>Review this deck</Link>
      </p>
      {card && (
        <>
          <p className="meta">
            Card {Math.min(index, data.cards.length - 1) + 1} of {data.cards.length}
          </p>
          <QuestionPanel card={card} deckTitle={data.deck.title} />
          {isRevealed ? (
            <AnswerPanel card={card} />
          ) : (
            <div className="actions">
              <button type="button" className="primary" onClick={() => setRevealed(true)}>
                Show answer
              </button>
            </div>
          )}
          <div className="actions">
            <button type="button" onClick={() => go(-1)} disabled={index === 0}>
              Previous card
            </button>
            <button type="button" onClick={() => go(1)} disabled={index >= data.cards.length - 1}>
              Next card
            </button>
          </div>
        </>
      )}
    </>
  );
}
