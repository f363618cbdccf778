// Browse's text search as it was before its own index (src/domain/browse/card-search-index.ts):
// MiniSearch, kept here so that the benches measure both designs side by side in one run.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchableCard } from '../../src/domain/browse/browse-types';
import {
  readSearchTerms,
  type SearchTerms,
  tokenizeSearchText,
  toSearchTerm,
} from '../../src/domain/browse/search-terms';

/**
 * A card as indexed, known by its rank: results come back as ranks, which index plain arrays,
 * rather than as ids to look up in a map (at 100,000 cards that lookup cost as much as MiniSearch).
 */
type RankedCard = { rank: number; card: SearchableCard };

export type MiniSearchIndex = MiniSearch<RankedCard>;

/** Adds the next cards, which take ranks from the index's document count on. */
export function addCardsToMiniSearch(index: MiniSearchIndex, cards: readonly SearchableCard[]) {
  const start = index.documentCount;
  index.addAll(cards.map((card, i) => ({ rank: start + i, card })));
}

type Field = 'question' | 'prompt' | 'answer' | 'sections' | 'tags';

const fieldReaders: Record<Field, (card: SearchableCard) => string> = {
  question: (card) => card.question,
  prompt: (card) => card.prompt ?? '',
  answer: (card) => card.answer,
  sections: (card) =>
    card.sections.map((section) => `${section.title}\n${section.markdown}`).join('\n'),
  tags: (card) => card.tags.join(' '),
};

function isField(name: string): name is Field {
  return Object.hasOwn(fieldReaders, name);
}

function readField(doc: RankedCard, name: string): string | number {
  if (name === 'rank') return doc.rank;
  return isField(name) ? fieldReaders[name](doc.card) : '';
}

// Every word of the query must match; the last one also as the start of a longer word, from four
// letters on. A three-letter start ("con", "pro") expands to hundreds of terms and, at 100,000
// cards, to tens of thousands of matches that MiniSearch must each score: measured at 100,000
// cards, it made prefix searches the slowest kind by far. Shorter words still match exactly.
const minPrefixLength = 4;

const searchOptions: SearchOptions = {
  boost: { question: 3, tags: 2, prompt: 1.5, answer: 1.5 },
  // Every word narrows the result, as users expect of a search box.
  combineWith: 'AND',
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= minPrefixLength,
};

export function createMiniSearchIndex(): MiniSearchIndex {
  return new MiniSearch<RankedCard>({
    idField: 'rank',
    fields: ['question', 'prompt', 'answer', 'sections', 'tags'],
    storeFields: [],
    extractField: readField,
    tokenize: tokenizeSearchText,
    processTerm: toSearchTerm,
    searchOptions,
  });
}

/**
 * Work buffers with one slot per card, reused from one search to the next. At 100,000 cards each
 * is 100 to 800 KB; allocating them per search kept the garbage collector marking a heap of
 * nearly a gigabyte, which showed up as the slowest searches.
 */
export type MiniSearchScratch = { scores: Float64Array; marks: [Uint8Array, Uint8Array] };

export function createMiniSearchScratch(cardCount: number): MiniSearchScratch {
  return {
    scores: new Float64Array(cardCount),
    marks: [new Uint8Array(cardCount), new Uint8Array(cardCount)],
  };
}

type TextMatches = {
  /**
   * Each rank's score, above 0 for the cards matching (MiniSearch scores every match above 0),
   * 0 for the others; null when the text has no searchable word. It is the scratch buffer: read
   * it before the next search.
   */
  scores: Float64Array | null;
  ignoredWords: string[];
};

/**
 * The cards matching every word of the text (the last one also as a prefix), by rank. `isWanted`
 * leaves cards out before MiniSearch builds a result for them, which is most of its work.
 */
export function searchMiniSearchIndex(
  index: MiniSearchIndex,
  text: string,
  scratch: MiniSearchScratch,
  isWanted?: (rank: number) => boolean,
): TextMatches {
  const { terms, ignoredWords }: SearchTerms = readSearchTerms(text);
  if (terms.length === 0) return { scores: null, ignoredWords };
  const narrowed = terms.length > 1 ? narrowToAllTerms(index, terms, scratch, isWanted) : null;
  const wanted = narrowed === null ? isWanted : (rank: number) => narrowed[rank] === 1;
  // The terms are already processed; joining them keeps their order for the prefix rule.
  const results = index.search(terms.join(' '), toOptions(wanted));
  const { scores } = scratch;
  scores.fill(0);
  for (const result of results) {
    const rank: unknown = result.id;
    if (typeof rank === 'number' && rank < scores.length) scores[rank] = result.score;
  }
  return { scores, ignoredWords };
}

function toOptions(isWanted: ((rank: number) => boolean) | undefined): SearchOptions {
  return isWanted === undefined ? {} : { boostDocument: (rank) => (isWanted(rank) ? 1 : 0) };
}

/**
 * The cards matching every term, found one term at a time, each search limited to the cards the
 * terms before it matched. MiniSearch's own AND scores every match of every term before it
 * intersects them: two common words cost twice a common word. Longer words tend to be rarer, so
 * they go first; the prefix term, which expands to many terms, goes last.
 */
function narrowToAllTerms(
  index: MiniSearchIndex,
  terms: readonly string[],
  scratch: MiniSearchScratch,
  isWanted: ((rank: number) => boolean) | undefined,
): Uint8Array {
  const last = terms.length - 1;
  const order = terms
    .map((term, i) => ({ term, isLast: i === last }))
    .sort((a, b) => Number(a.isLast) - Number(b.isLast) || b.term.length - a.term.length);
  let wanted = isWanted;
  let matched = scratch.marks[0];
  order.forEach(({ term, isLast }, step) => {
    // Two buffers take turns: this step fills one while reading what the last step left in the other.
    matched = step % 2 === 0 ? scratch.marks[0] : scratch.marks[1];
    matched.fill(0);
    const prefix = isLast && term.length >= minPrefixLength;
    for (const result of index.search(term, { ...toOptions(wanted), prefix })) {
      const rank: unknown = result.id;
      if (typeof rank === 'number' && rank < matched.length) matched[rank] = 1;
    }
    const current = matched;
    wanted = (rank) => current[rank] === 1;
  });
  return matched;
}
