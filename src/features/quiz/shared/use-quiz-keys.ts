import { useLayoutEffect, useRef } from 'react';

export type KeyBindings = Partial<Record<string, () => void>>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isActivatable(target: EventTarget | null): boolean {
  // Space and Enter already press a focused button or link: do not act twice.
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/**
 * Single-key shortcuts for a quiz screen, by lowercase key name (`' '`, `enter`, `arrowright`). They never fire while the user
 * types, nor with a modifier; Space and Enter leave a focused button or link alone.
 */
export function useQuizKeys(bindings: KeyBindings): void {
  const latest = useRef(bindings);
  latest.current = bindings;

  // Attached during the commit, not after paint: a key pressed as soon as the card is on
  // screen is not lost, even while a time-sliced render is still settling.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey || event.ctrlKey) return;
      if (isTyping(event.target)) return;
      const isPress = event.key === ' ' || event.key === 'Enter';
      if (isPress && isActivatable(event.target)) return;
      const action = latest.current[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
