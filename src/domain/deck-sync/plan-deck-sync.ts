import type { CompiledCard, StoredCard } from '../card-types';
import { hashCardContent } from './content-hash';
import { matchRenamedCards } from './rename-matching';

export type PlannedCard = { card: CompiledCard; position: number; contentHash: string };

/** An incoming card recognised as a stored one (`previous`), by id or by a reworded question. */
export type MatchedCard = PlannedCard & { previous: StoredCard };

export type DeckSyncCounts = {
  added: number;
  updated: number;
  renamed: number;
  unchanged: number;
  removed: number;
  /** Cards hidden by an earlier sync that are back in the file (history kept). */
  restored: number;
};

export type DeckSyncPlan = {
  added: PlannedCard[];
  updated: MatchedCard[];
  /** previous.id is the old id, card.id the new one. */
  renamed: MatchedCard[];
  unchanged: MatchedCard[];
  restored: MatchedCard[];
  /** Stored cards no longer in the file, to be hidden (never deleted). */
  removed: StoredCard[];
  counts: DeckSyncCounts;
};

/**
 * Decides what re-importing a deck does to its stored cards (docs/architecture.md, "Import"):
 * match by id, then recognise reworded questions by their answer, then the rest is
 * added or removed. `existing` is every stored card of the deck, removed ones included.
 * `knownHashes` are cards' `hashCardContent` by id, when the caller has them (built-in bank).
 */
export function planDeckSync(
  existing: readonly StoredCard[],
  incoming: readonly CompiledCard[],
  knownHashes: Readonly<Record<string, string>> = {},
): DeckSyncPlan {
  const cards = dropRepeatedIds(incoming);
  const existingById = new Map(existing.map((card) => [card.id, card]));
  const planned = cards.map((card, position) => ({
    card,
    position,
    contentHash: knownHashes[card.id] ?? hashCardContent(card),
  }));

  const byId = planned.filter((p) => existingById.has(p.card.id));
  const matchedIds = new Set(byId.map((p) => p.card.id));
  const unmatchedExisting = existing.filter((card) => !matchedIds.has(card.id));
  const unmatchedIncoming = planned.filter((p) => !existingById.has(p.card.id));
  const renames = matchRenamedCards(
    { all: existing, unmatched: unmatchedExisting },
    { all: cards, unmatched: unmatchedIncoming.map((p) => p.card) },
  );
  const renamedFrom = new Map(renames.map((r) => [r.incoming, r.existing]));
  const renamedIds = new Set(renames.map((r) => r.existing.id));

  const plan: DeckSyncPlan = {
    added: [],
    updated: [],
    renamed: [],
    unchanged: [],
    restored: [],
    removed: existing.filter(
      (c) => !matchedIds.has(c.id) && !renamedIds.has(c.id) && c.status !== 'removed',
    ),
    counts: { added: 0, updated: 0, renamed: 0, unchanged: 0, removed: 0, restored: 0 },
  };
  for (const entry of planned) {
    const previous = existingById.get(entry.card.id) ?? renamedFrom.get(entry.card);
    if (previous === undefined) plan.added.push(entry);
    else plan[classifyMatch(entry, previous)].push({ ...entry, previous });
  }
  plan.counts = {
    added: plan.added.length,
    updated: plan.updated.length,
    renamed: plan.renamed.length,
    unchanged: plan.unchanged.length,
    removed: plan.removed.length,
    restored: plan.restored.length,
  };
  return plan;
}

function classifyMatch(
  entry: PlannedCard,
  previous: StoredCard,
): 'renamed' | 'restored' | 'unchanged' | 'updated' {
  if (previous.id !== entry.card.id) return 'renamed';
  if (previous.status === 'removed') return 'restored';
  return previous.contentHash === entry.contentHash ? 'unchanged' : 'updated';
}

// The compiler reports repeated ids as errors; should any reach here, the first one wins
// so that one id never maps to two rows.
function dropRepeatedIds(cards: readonly CompiledCard[]): CompiledCard[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    if (seen.has(card.id)) return false;
    seen.add(card.id);
    return true;
  });
}
