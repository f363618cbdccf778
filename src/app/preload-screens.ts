// The Review screen is one tap away from Decks. Its code is fetched when the user points at,
// touches or focuses a link to it, so that it is usually there by the time the tap ends.
let reviewScreen: Promise<typeof import('../features/review/ReviewScreen')> | null = null;

export function loadReviewScreen(): Promise<typeof import('../features/review/ReviewScreen')> {
  reviewScreen ??= import('../features/review/ReviewScreen');
  return reviewScreen;
}

export function loadDeckScreen(): Promise<typeof import('../features/decks/DeckScreen')> {
  return import('../features/decks/DeckScreen');
}

function isReviewLink(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const href = target.closest('a[href]')?.getAttribute('href') ?? '';
  return href.startsWith('/review') || href.startsWith('/decks/');
}

/** Starts fetching a screen's code as soon as the user shows the intent to open it. */
export function preloadScreensOnIntent(target: Document): void {
  const onIntent = (event: Event) => {
    if (!isReviewLink(event.target)) return;
    void loadReviewScreen();
    void loadDeckScreen();
  };
  for (const type of ['pointerover', 'pointerdown', 'focusin']) {
    target.addEventListener(type, onIntent, { passive: true });
  }
}
