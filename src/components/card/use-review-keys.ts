import { useLayoutEffect, useRef } from 'react';
import type { Rating } from '../../domain/scheduler/types';

type Handlers = {
  isRevealed: boolean;
  onReveal: () => void;
  onRate: (rating: Rating) => void;
  onUndo: () => void;
};

const ratingKeys: Record<string, Rating> = { '1': 1, '2': 2, '3': 3, '4': 4 };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isActivatable(target: EventTarget | null): boolean {
  // Space and Enter already press a focused button, link or summary: do not press twice.
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/** Anki's keys: Space or Enter shows the answer, 1-4 rate, U or Ctrl+Z undo. */
export function useReviewKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  // Attached during the commit, not after paint: a key pressed as soon as the card is on
  // screen is not lost, even while a time-sliced render is still settling.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey || isTyping(event.target)) return;
      const { isRevealed, onReveal, onRate, onUndo } = latest.current;
      const isUndo =
        (event.key === 'z' && event.ctrlKey) || (event.key.toLowerCase() === 'u' && !event.ctrlKey);
      if (isUndo) {
        event.preventDefault();
        onUndo();
        return;
      }
      if (event.ctrlKey) return;
      if (
        (event.key === ' ' || event.key === 'Enter') &&
        !isRevealed &&
        !isActivatable(event.target)
      ) {
        event.preventDefault();
        onReveal();
        return;
      }
      const rating = ratingKeys[event.key];
      if (rating !== undefined && isRevealed) {
        event.preventDefault();
        onRate(rating);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
