import { toBrowseHref } from '../../components/routes';

let lastBrowseSearch = '';

/** Remembers Browse's query string, so a card's page can link back to the same result. */
export function rememberBrowseSearch(search: string): void {
  lastBrowseSearch = search;
}

/** Browse as the user left it. */
export function toLastBrowseHref(): string {
  return toBrowseHref(lastBrowseSearch);
}
