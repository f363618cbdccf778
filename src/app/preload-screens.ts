import { isReviewOrDeckHref } from '../components/routes';

// Review and a deck's page are one tap away from Decks. Their code is fetched when the user
// points at, touches or focuses a link to either, so that it is usually there by the time the
// tap ends. (The module loader fetches each once, however often it is asked.)
export function loadReviewScreen(): Promise<typeof import('../features/review/ReviewScreen')> {
  return import('../features/review/ReviewScreen');
}

export function loadDeckScreen(): Promise<typeof import('../features/decks/DeckScreen')> {
  return import('../features/decks/DeckScreen');
}

function isScreenLink(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const href = target.closest('a[href]')?.getAttribute('href') ?? '';
  return isReviewOrDeckHref(href);
}

/** Starts fetching a screen's code as soon as the user shows the intent to open it. */
export function preloadScreensOnIntent(target: Document): void {
  const onIntent = (event: Event) => {
    if (!isScreenLink(event.target)) return;
    void loadReviewScreen();
    void loadDeckScreen();
  };
  for (const type of ['pointerover', 'pointerdown', 'focusin']) {
    target.addEventListener(type, onIntent, { passive: true });
  }
}
