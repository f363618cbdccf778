import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { RatableAnswer } from '../../../data/handlers/quiz';
import type { StoredCard } from '../../../domain/card-types';
import type { MockSummaryItem } from '../../../domain/quiz/mock-summary';
import type { Rating } from '../../../domain/scheduler/types';

const ratingNames = [
  [1, 'Again'],
  [2, 'Hard'],
  [3, 'Good'],
  [4, 'Easy'],
] as const satisfies readonly (readonly [Rating, string])[];

type Props = {
  items: readonly MockSummaryItem<StoredCard>[];
  ratable: readonly RatableAnswer[];
  isBusy: boolean;
  onSave: (ratings: Map<string, Rating>) => void;
  onCancel: () => void;
};

/** A rating per question, the suggested one preselected; saving feeds them all to FSRS. */
export function MockRatingForm({ items, ratable, isBusy, onSave, onCancel }: Props) {
  const [ratings, setRatings] = useState(
    () => new Map(items.map((item) => [item.card.id, item.suggested])),
  );
  const previews = new Map(ratable.map(({ shown }) => [shown.card.id, shown.previews]));
  const form = useRef<HTMLFormElement>(null);
  // The form opens where `Rate these` was, below the summary: bring the first question's
  // ratings to the top of the screen, and the focus to its suggested rating (the button that
  // had it is gone).
  useEffect(() => {
    const first = form.current?.querySelector('fieldset');
    first?.scrollIntoView?.({ block: 'start' });
    first?.querySelector<HTMLInputElement>('input:checked')?.focus({ preventScroll: true });
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSave(ratings);
  };

  return (
    <form ref={form} className="mock-ratings" onSubmit={onSubmit}>
      {items.map((item, index) => (
        <fieldset key={item.card.id} className="rating-choice">
          <legend>
            {index + 1}. {item.card.question}
          </legend>
          {ratingNames.map(([rating, name]) => (
            <label key={rating}>
              <input
                type="radio"
                name={`rating-${index}`}
                checked={ratings.get(item.card.id) === rating}
                onChange={() => setRatings(new Map(ratings).set(item.card.id, rating))}
              />
              {name} <span className="interval">{previews.get(item.card.id)?.[rating].label}</span>
              {rating === item.suggested && <span className="meta"> (suggested)</span>}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={isBusy}>
          Save ratings
        </button>
        <button type="button" onClick={onCancel} disabled={isBusy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
