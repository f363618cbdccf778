import type { Rating } from '../../domain/scheduler/types';
import { useKeyBindings } from '../use-key-bindings';

type Handlers = {
  isRevealed: boolean;
  onReveal: () => void;
  onRate: (rating: Rating) => void;
  onUndo: () => void;
};

/** Anki's keys: Space or Enter shows the answer, 1-4 rate, U or Ctrl+Z undo. */
export function useReviewKeys({ isRevealed, onReveal, onRate, onUndo }: Handlers): void {
  const reveal = isRevealed ? undefined : onReveal;
  const rateWith = (rating: Rating) => (isRevealed ? () => onRate(rating) : undefined);
  useKeyBindings({
    ' ': reveal,
    enter: reveal,
    '1': rateWith(1),
    '2': rateWith(2),
    '3': rateWith(3),
    '4': rateWith(4),
    u: onUndo,
    'ctrl+z': onUndo,
  });
}
