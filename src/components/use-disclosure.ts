import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';

export type Disclosure = { isOpen: boolean; toggle: () => void; close: () => void };

/**
 * A folded menu on a narrow screen: open on request, shut again when the user goes elsewhere
 * (a link inside it was followed) or presses Escape.
 */
export function useDisclosure(): Disclosure {
  const [isOpen, setOpen] = useState(false);
  const [location] = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is what closes it
  useEffect(() => setOpen(false), [location]);

  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);

  return { isOpen, toggle: () => setOpen((open) => !open), close: () => setOpen(false) };
}
