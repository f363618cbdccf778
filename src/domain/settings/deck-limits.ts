import { maxDailyLimit } from './field-check';

/** A deck's own daily caps; a missing field leaves that deck to the global limit alone. */
export type DeckLimit = { newCardsPerDay?: number; maxReviewsPerDay?: number };

/** Per-deck caps by deck id, as stored under the `deckLimits` setting. */
export type DeckLimits = Readonly<Record<string, DeckLimit>>;

export type DeckLimitField = keyof DeckLimit;

/** A stored value as deck limits, dropping whatever is not a valid cap (a hand-edited backup). */
export function parseDeckLimits(value: unknown): DeckLimits {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const limits: Record<string, DeckLimit> = {};
  for (const [deckId, entry] of Object.entries(value)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const limit = pickLimit(entry);
    if (Object.keys(limit).length > 0) limits[deckId] = limit;
  }
  return limits;
}

/** The limits with one deck's cap changed; null removes that cap, and an empty entry goes. */
export function setDeckLimit(
  limits: DeckLimits,
  deckId: string,
  field: DeckLimitField,
  value: number | null,
): DeckLimits {
  const { [field]: _old, ...rest } = limits[deckId] ?? {};
  const entry: DeckLimit = value === null ? rest : { ...rest, [field]: value };
  const { [deckId]: _deck, ...others } = limits;
  return Object.keys(entry).length === 0 ? others : { ...others, [deckId]: entry };
}

function pickLimit(entry: object): DeckLimit {
  const limit: DeckLimit = {};
  const fresh: unknown = Reflect.get(entry, 'newCardsPerDay');
  const reviews: unknown = Reflect.get(entry, 'maxReviewsPerDay');
  if (isLimit(fresh)) limit.newCardsPerDay = fresh;
  if (isLimit(reviews)) limit.maxReviewsPerDay = reviews;
  return limit;
}

function isLimit(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxDailyLimit
  );
}
