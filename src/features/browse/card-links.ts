// Card ids contain `/` (`deck/slug`), so they travel in links URL-encoded as one path segment.

export function toCardHref(cardId: string): string {
  return `/cards/${encodeURIComponent(cardId)}`;
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

let lastBrowseSearch = '';

/** Remembers Browse's query string, so a card's page can link back to the same result. */
export function rememberBrowseSearch(search: string): void {
  lastBrowseSearch = search;
}

export function toBrowseHref(): string {
  return lastBrowseSearch === '' ? '/browse' : `/browse?${lastBrowseSearch}`;
}
