import { useLayoutEffect, useRef } from 'react';

/**
 * Actions by key name: the lowercase `KeyboardEvent.key` (`' '`, `enter`, `arrowright`, `u`, `1`),
 * with `ctrl+` in front while Ctrl is held (`ctrl+z`) and `ctrl+shift+` with Shift too. Shift
 * alone changes the key itself, so `u` is U either way. A missing or undefined action leaves the
 * key to the browser.
 */
export type KeyBindings = Partial<Record<string, () => void>>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isActivatable(target: EventTarget | null): boolean {
  // Space and Enter already press a focused button, link or summary: do not act twice.
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

function toKeyName(event: KeyboardEvent): string {
  const key = event.key.toLowerCase();
  if (!event.ctrlKey) return key;
  return event.shiftKey ? `ctrl+shift+${key}` : `ctrl+${key}`;
}

/**
 * Keyboard shortcuts for a study screen. They never fire while the user types, nor with Alt or
 * Meta; Space and Enter leave a focused button, link or summary to the browser.
 */
export function useKeyBindings(bindings: KeyBindings): void {
  const latest = useRef(bindings);
  latest.current = bindings;

  // Attached during the commit, not after paint: a key pressed as soon as the card is on
  // screen is not lost, even while a time-sliced render is still settling.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      const isPress = event.key === ' ' || event.key === 'Enter';
      if (isPress && isActivatable(event.target)) return;
      const action = latest.current[toKeyName(event)];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
