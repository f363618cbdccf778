import type { CardSection } from '../card-types';
import type { ScheduleRow } from '../scheduler/types';

/** The four states the browser filters by. Learning includes relearning. */
export type BrowseState = 'new' | 'learning' | 'review' | 'suspended';

/** A card as the search index reads it: everything searchable, plus where it sits in its deck. */
export type SearchableCard = {
  id: string;
  deckId: string;
  number: number | null;
  question: string;
  /** Markdown shown with the question; absent or "" when it has none. */
  prompt?: string;
  answer: string;
  sections: readonly CardSection[];
  tags: readonly string[];
  position: number;
};

/** What the browser keeps of a card once it is indexed: no answer, no sections. */
export type BrowseCard = {
  id: string;
  deckId: string;
  deckTitle: string;
  number: number | null;
  question: string;
  /** The start of the card's prompt as one line of plain text; "" when it has none. */
  promptExcerpt: string;
  tags: readonly string[];
};

export type BrowseFilter = {
  /** Null: every deck. */
  deckId: string | null;
  /** Null: any tag. */
  tag: string | null;
  state: BrowseState | null;
  /** Only rated cards due before this time; never-rated cards are not due. Null: any. */
  dueBefore: number | null;
  /** Only rated cards whose retrievability now is below this (0 to 1). Null: any. */
  retrievabilityBelow: number | null;
};

export type BrowseSortKey =
  | 'relevance'
  | 'deck'
  | 'question'
  | 'due'
  | 'retrievability'
  | 'stability'
  | 'difficulty'
  | 'lastReview'
  | 'lapses';

export type SortDirection = 'asc' | 'desc';

export type BrowseSort = { key: BrowseSortKey; direction: SortDirection };

export type BrowseQuery = {
  /** Free text, searched over question, prompt, answer, sections and tags. */
  text: string;
  filter: BrowseFilter;
  sort: BrowseSort;
  /** The time due dates and retrievability are judged at. */
  now: number;
  /** Trained FSRS weights; null uses the defaults. */
  weights: readonly number[] | null;
};

export type BrowseHit = BrowseCard & {
  state: BrowseState;
  schedule: ScheduleRow | null;
  /** Null for a card never rated: there is no memory to predict. */
  retrievability: number | null;
  isBuried: boolean;
};

export type BrowsePage = {
  total: number;
  pageIndex: number;
  pageCount: number;
  hits: BrowseHit[];
  /** Query words too common to search (the, is, what...): they were left out. */
  ignoredWords: string[];
  /** While the index is being built, how many cards the text search covered; else null. */
  searchedCards: number | null;
};

export const emptyBrowseFilter: BrowseFilter = {
  deckId: null,
  tag: null,
  state: null,
  dueBefore: null,
  retrievabilityBelow: null,
};

/** The direction each key starts in: what a user sorting by it most likely wants first. */
export const defaultSortDirections: Record<BrowseSortKey, SortDirection> = {
  relevance: 'desc',
  deck: 'asc',
  question: 'asc',
  due: 'asc',
  retrievability: 'asc',
  stability: 'asc',
  difficulty: 'desc',
  lastReview: 'desc',
  lapses: 'desc',
};
