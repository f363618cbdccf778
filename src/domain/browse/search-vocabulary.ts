// Every term of the search index, in a form that finds the terms starting with a prefix: most
// sorted (binary search), the newest in a short unsorted list scanned at each lookup.
import { compareText } from '../compare-text';

/** The terms in code-unit order, and the terms added since that sort. */
export type SearchVocabulary = { sorted: string[]; unsorted: string[] };

export function createSearchVocabulary(): SearchVocabulary {
  return { sorted: [], unsorted: [] };
}

/** A term the index did not hold yet. */
export function addNewTerm(vocabulary: SearchVocabulary, term: string): void {
  vocabulary.unsorted.push(term);
}

// New terms wait in a short unsorted list, scanned at each prefix search, and are merged once
// it grows past an eighth of the sorted list: the sorting then costs O(n log n) a few times over.
const minUnsortedToMerge = 1000;

export function sortVocabularyWhenDue(vocabulary: SearchVocabulary): void {
  const { sorted, unsorted } = vocabulary;
  if (unsorted.length < Math.max(minUnsortedToMerge, sorted.length / 8)) return;
  vocabulary.sorted = [...sorted, ...unsorted].sort(compareText);
  vocabulary.unsorted = [];
}

/** The terms that start with `prefix`, the term itself included. */
export function listTermsStartingWith(vocabulary: SearchVocabulary, prefix: string): string[] {
  const { sorted, unsorted } = vocabulary;
  const terms: string[] = [];
  for (let i = findFirstAtOrAfter(sorted, prefix); i < sorted.length; i += 1) {
    const term = sorted[i] ?? '';
    if (!term.startsWith(prefix)) break;
    terms.push(term);
  }
  for (const term of unsorted) if (term.startsWith(prefix)) terms.push(term);
  return terms;
}

function findFirstAtOrAfter(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
