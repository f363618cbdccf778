// Every address in the app. Screens link to each other only through these patterns and
// builders, so an address changes in one place and ids are always encoded the same way.

/** Route patterns, as the router matches them. */
export const routes = {
  decks: '/',
  deck: '/decks/:deckId',
  review: '/review',
  write: '/quiz/write',
  mock: '/quiz/mock',
  choice: '/quiz/choice',
  cram: '/quiz/cram',
  browse: '/browse',
  card: '/cards/:cardId',
  stats: '/stats',
  import: '/import',
  settings: '/settings',
} as const;

/** The screens that study a deck, or every deck when none is given. */
export type StudyPath = (typeof routes)['review' | 'write' | 'mock' | 'choice' | 'cram'];

/** The main navigation, in order: the app's header and the optimizer's page show the same. */
export const mainNavigation = [
  { href: routes.decks, label: 'Decks' },
  { href: routes.review, label: 'Review' },
  { href: routes.browse, label: 'Browse' },
  { href: routes.stats, label: 'Stats' },
  { href: routes.import, label: 'Import' },
  { href: routes.settings, label: 'Settings' },
] as const;

// Card ids contain `/` (`deck/slug`), so ids travel in links URL-encoded as one path segment.

export function toCardHref(cardId: string): string {
  return `/cards/${encodeURIComponent(cardId)}`;
}

export function toDeckHref(deckId: string): string {
  return `/decks/${encodeURIComponent(deckId)}`;
}

/** The card id of a `/cards/:cardId` route parameter, which may still be encoded. */
export function readCardIdParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    // A lone `%` that the router already decoded: the parameter is the id as it is.
    return param;
  }
}

/** A study screen on one deck, or on every deck without one. */
export function toStudyHref(path: StudyPath, deckId?: string | null): string {
  return deckId ? `${path}?deck=${encodeURIComponent(deckId)}` : path;
}

/** Cram on the cards Browse handed over (the app store holds their ids). */
export function toCramSelectionHref(): string {
  return `${routes.cram}?selection=1`;
}

/** Browse with a query string such as `q=cache&state=review`, or with none. */
export function toBrowseHref(search: string): string {
  return search === '' ? routes.browse : `${routes.browse}?${search}`;
}

/** Whether a link leads to Review or to a deck's page (their code is fetched on intent). */
export function isReviewOrDeckHref(href: string): boolean {
  return href.startsWith(routes.review) || href.startsWith('/decks/');
}
