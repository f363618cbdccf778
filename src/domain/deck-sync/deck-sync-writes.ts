import type { CardStatus, StoredCard } from '../card-types';
import type { DeckSyncPlan, MatchedCard, PlannedCard } from './plan-deck-sync';

export type CardRename = { from: string; to: string };

/** The card rows a plan writes (only those that differ from what is stored) and the ids it moves. */
export type DeckSyncWrites = { cards: StoredCard[]; renames: CardRename[] };

export function toDeckSyncWrites(plan: DeckSyncPlan): DeckSyncWrites {
  const matched = [...plan.updated, ...plan.unchanged, ...plan.restored]
    .map((entry) => ({
      next: toStoredCard(entry, keepStatus(entry.previous.status), entry.previous.previousIds),
      previous: entry.previous,
    }))
    .filter(({ next, previous }) => !isSameStoredCard(next, previous))
    .map(({ next }) => next);
  const cards: StoredCard[] = [
    ...plan.added.map((entry) => toStoredCard(entry, 'active', [])),
    ...matched,
    ...plan.renamed.map((entry) =>
      toStoredCard(entry, keepStatus(entry.previous.status), toPreviousIds(entry)),
    ),
    ...plan.removed.map((card): StoredCard => ({ ...card, status: 'removed' })),
  ];
  return {
    cards,
    renames: plan.renamed.map((entry) => ({ from: entry.previous.id, to: entry.card.id })),
  };
}

function toStoredCard(entry: PlannedCard, status: CardStatus, previousIds: string[]): StoredCard {
  return {
    ...entry.card,
    position: entry.position,
    contentHash: entry.contentHash,
    status,
    previousIds,
  };
}

// A suspension is the user's choice and survives edits; a hidden card that is back is active.
function keepStatus(status: CardStatus): CardStatus {
  return status === 'suspended' ? 'suspended' : 'active';
}

function toPreviousIds(entry: MatchedCard): string[] {
  return [...entry.previous.previousIds, entry.previous.id].filter((id) => id !== entry.card.id);
}

function isSameStoredCard(next: StoredCard, previous: StoredCard): boolean {
  return (
    next.contentHash === previous.contentHash &&
    next.position === previous.position &&
    next.status === previous.status &&
    next.source.file === previous.source.file &&
    next.source.line === previous.source.line &&
    next.previousIds.join('\u0000') === previous.previousIds.join('\u0000')
  );
}
