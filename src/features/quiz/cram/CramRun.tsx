import { useEffect, useRef, useState } from 'react';
import { AnswerPanel } from '../../../components/card/AnswerPanel';
import { QuestionPanel } from '../../../components/card/QuestionPanel';
import { useKeyBindings } from '../../../components/use-key-bindings';
import type { StoredCard } from '../../../domain/card-types';

type Props = {
  cards: StoredCard[];
  onAgain: () => void;
  onChangeSelection: () => void;
};

/** Question, reveal, next: nothing is rated and nothing is scheduled. */
export function CramRun({ cards, onAgain, onChangeSelection }: Props) {
  const [index, setIndex] = useState(0);
  const [isRevealed, setRevealed] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const card = cards[index];

  const go = (delta: number) => {
    setIndex((i) => Math.max(0, Math.min(cards.length, i + delta)));
    setRevealed(false);
  };
  const reveal = () => setRevealed(true);
  const advance = isRevealed ? () => go(1) : reveal;

  useKeyBindings({
    ' ': advance,
    enter: advance,
    arrowright: () => go(1),
    n: () => go(1),
    arrowleft: () => go(-1),
    p: () => go(-1),
  });

  // Focus follows the next step (Show answer, then Next card), so Space and Enter always
  // press the step the user is at and never skip a card unseen.
  useEffect(() => {
    if (index >= 0) (isRevealed ? nextButton : showButton).current?.focus();
  }, [index, isRevealed]);

  if (!card) {
    return (
      <section className="card-panel">
        <p role="status">
          <strong>Done:</strong> you went through all {cards.length} cards.
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={onAgain}>
            Cram again
          </button>
          <button type="button" onClick={onChangeSelection}>
            Change selection
          </button>
        </div>
      </section>
    );
  }

  return (
    <>
      <p className="meta">
        Card {index + 1} of {cards.length}
      </p>
      <QuestionPanel card={card} />
      {isRevealed ? (
        <AnswerPanel card={card} />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            ref={showButton}
            aria-keyshortcuts="Space Enter"
            onClick={reveal}
          >
            Show answer
          </button>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          aria-keyshortcuts="ArrowLeft P"
          onClick={() => go(-1)}
          disabled={index === 0}
        >
          Previous card
        </button>
        <button
          type="button"
          ref={nextButton}
          aria-keyshortcuts="ArrowRight N"
          onClick={() => go(1)}
        >
          Next card
        </button>
        <button type="button" onClick={onChangeSelection}>
          Change selection
        </button>
      </div>
    </>
  );
}
