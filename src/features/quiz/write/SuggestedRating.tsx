import { useEffect, useRef } from 'react';
import { RatingButtons } from '../../../components/card/RatingButtons';
import type { Coverage } from '../../../domain/quiz/coverage';
import type { RatingPreview } from '../../../domain/scheduler/preview';
import type { Rating } from '../../../domain/scheduler/types';

const ratingNames: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

type Props = {
  cardId: string;
  coverage: Coverage;
  suggested: Rating;
  previews: Record<Rating, RatingPreview>;
  isBusy: boolean;
  onRate: (rating: Rating) => void;
};

/**
 * The shared rating buttons with the suggested one preselected: focused, so Enter confirms
 * it, and marked in words (described by the suggestion) as well as by its outline.
 */
export function SuggestedRating({ cardId, coverage, suggested, previews, isBusy, onRate }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const hintId = `suggestion-${cardId}`;

  useEffect(() => {
    // RatingButtons is shared with Review and has no notion of a suggestion, so the
    // suggested button is found by its shortcut key and marked here.
    const buttons = container.current?.querySelectorAll('button') ?? [];
    for (const button of buttons) {
      const isSuggested = button.getAttribute('aria-keyshortcuts') === String(suggested);
      button.classList.toggle('suggested', isSuggested);
      if (isSuggested) {
        button.setAttribute('aria-describedby', hintId);
        button.focus();
      } else {
        button.removeAttribute('aria-describedby');
      }
    }
  }, [suggested, hintId]);

  return (
    <div ref={container} className="suggested-rating">
      <p id={hintId} className="suggestion">
        Suggested: <strong>{ratingNames[suggested]}</strong>, from {coverage.covered} of{' '}
        {coverage.total} key terms. Press <kbd>Enter</kbd> to accept it, or <kbd>1</kbd>–
        <kbd>4</kbd> to choose.
      </p>
      <RatingButtons previews={previews} isBusy={isBusy} onRate={onRate} />
    </div>
  );
}
