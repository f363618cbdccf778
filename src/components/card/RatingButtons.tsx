import type { RatingPreview } from '../../domain/scheduler/preview';
import type { Rating } from '../../domain/scheduler/types';

const ratings = [
  { rating: 1, name: 'Again', className: 'rating-again' },
  { rating: 2, name: 'Hard', className: 'rating-hard' },
  { rating: 3, name: 'Good', className: 'rating-good' },
  { rating: 4, name: 'Easy', className: 'rating-easy' },
] as const satisfies readonly { rating: Rating; name: string; className: string }[];

type Props = {
  previews: Record<Rating, RatingPreview>;
  isBusy: boolean;
  onRate: (rating: Rating) => void;
};

/** Again / Hard / Good / Easy, each with the interval it would give (keys 1 to 4). */
export function RatingButtons({ previews, isBusy, onRate }: Props) {
  return (
    <fieldset className="rating-buttons" aria-label="Rate your answer">
      {ratings.map(({ rating, name, className }) => (
        <button
          key={rating}
          type="button"
          className={className}
          disabled={isBusy}
          aria-keyshortcuts={String(rating)}
          onClick={() => onRate(rating)}
        >
          <span>{name}</span>
          <span className="interval">{previews[rating].label}</span>
        </button>
      ))}
    </fieldset>
  );
}
