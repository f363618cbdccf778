import type { BrowsePage } from '../../domain/browse/browse-types';
import type { EngineStatus } from '../../workers/search-messages';
import { formatCount } from './browse-labels';

/** The status line: the result count, or what the search is doing while there is none yet. */
export function describeBrowseStatus(
  page: BrowsePage | null,
  status: EngineStatus,
  error: string | null,
): string {
  if (error !== null) return `Search failed: ${error}`;
  if (status.phase === 'failed') return `Search is unavailable: ${status.message}`;
  if (page === null) {
    return status.phase === 'indexing'
      ? `Indexing cards for search: ${status.indexed.toLocaleString('en')} of ${status.total.toLocaleString('en')}…`
      : 'Loading cards…';
  }
  const count =
    page.total === 0 ? 'No cards match.' : `${formatCount(page.total, 'card', 'cards')}.`;
  const parts = [count, describeCoverage(page, status)];
  if (page.ignoredWords.length > 0) {
    parts.push(`Too common to search: ${page.ignoredWords.join(', ')}.`);
  }
  return parts.filter((part) => part !== '').join(' ');
}

/** While indexing goes on, a text search covers the cards indexed so far: say so. */
function describeCoverage(page: BrowsePage, status: EngineStatus): string {
  if (page.searchedCards === null) return '';
  const searched = page.searchedCards.toLocaleString('en');
  return status.phase === 'indexing'
    ? `Searched ${searched} of ${formatCount(status.total, 'card', 'cards')} so far.`
    : `Searched the first ${formatCount(page.searchedCards, 'card', 'cards')}.`;
}
