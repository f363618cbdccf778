import {
  type BrowseQuery,
  type BrowseSort,
  type BrowseSortKey,
  type BrowseState,
  defaultSortDirections,
  type SortDirection,
} from './browse-types';

// The browser's search lives in the address (`/browse?q=cache&state=review&sort=due`), so Back
// from a card returns to the same result and a search can be bookmarked.

export type DueWindow = 'overdue' | 'today' | 'week';

export type BrowseForm = {
  text: string;
  deckId: string | null;
  tag: string | null;
  state: BrowseState | null;
  due: DueWindow | null;
  /** Whole percent, 1 to 100; null: any. */
  retrievabilityBelowPercent: number | null;
  sort: BrowseSort;
  /** From 0. */
  pageIndex: number;
};

export const browseStates: readonly BrowseState[] = ['new', 'learning', 'review', 'suspended'];
export const dueWindows: readonly DueWindow[] = ['overdue', 'today', 'week'];
export const sortKeys: readonly BrowseSortKey[] = [
  'relevance',
  'deck',
  'question',
  'due',
  'retrievability',
  'stability',
  'difficulty',
  'lastReview',
  'lapses',
];

export const emptyBrowseForm: BrowseForm = {
  text: '',
  deckId: null,
  tag: null,
  state: null,
  due: null,
  retrievabilityBelowPercent: null,
  sort: { key: 'relevance', direction: defaultSortDirections.relevance },
  pageIndex: 0,
};

type ParamSource = { get: (name: string) => string | null };

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((item) => item === value) ?? null;
}

function readPercent(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const percent = Math.round(Number(value));
  return Number.isFinite(percent) && percent >= 1 && percent <= 100 ? percent : null;
}

/** The form a URL describes; anything unknown or out of range reads as not set. */
export function parseBrowseParams(params: ParamSource): BrowseForm {
  const key = pick(params.get('sort'), sortKeys) ?? emptyBrowseForm.sort.key;
  const direction: SortDirection =
    pick(params.get('dir'), ['asc', 'desc'] as const) ?? defaultSortDirections[key];
  const page = Math.floor(Number(params.get('page') ?? '1'));
  return {
    text: params.get('q') ?? '',
    deckId: params.get('deck') || null,
    tag: params.get('tag') || null,
    state: pick(params.get('state'), browseStates),
    due: pick(params.get('due'), dueWindows),
    retrievabilityBelowPercent: readPercent(params.get('r')),
    sort: { key, direction },
    pageIndex: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

/** The URL parameters of a form, leaving out whatever is at its default. */
export function toBrowseParams(form: BrowseForm): Record<string, string> {
  const params: Record<string, string> = {};
  if (form.text !== '') params.q = form.text;
  if (form.deckId !== null) params.deck = form.deckId;
  if (form.tag !== null) params.tag = form.tag;
  if (form.state !== null) params.state = form.state;
  if (form.due !== null) params.due = form.due;
  if (form.retrievabilityBelowPercent !== null) params.r = String(form.retrievabilityBelowPercent);
  if (form.sort.key !== emptyBrowseForm.sort.key) params.sort = form.sort.key;
  if (form.sort.direction !== defaultSortDirections[form.sort.key])
    params.dir = form.sort.direction;
  if (form.pageIndex > 0) params.page = String(form.pageIndex + 1);
  return params;
}

const dayMs = 86_400_000;

export type QueryClock = {
  now: number;
  /** When the current study day ends. */
  dayEnd: number;
  weights: readonly number[] | null;
};

/** The query a form asks for, at the given time. */
export function toBrowseQuery(form: BrowseForm, clock: QueryClock): BrowseQuery {
  const dueBefore =
    form.due === null
      ? null
      : form.due === 'overdue'
        ? clock.now
        : form.due === 'today'
          ? clock.dayEnd
          : clock.dayEnd + 6 * dayMs;
  return {
    text: form.text,
    filter: {
      deckId: form.deckId,
      tag: form.tag,
      state: form.state,
      dueBefore,
      retrievabilityBelow:
        form.retrievabilityBelowPercent === null ? null : form.retrievabilityBelowPercent / 100,
    },
    sort: form.sort,
    now: clock.now,
    weights: clock.weights,
  };
}
