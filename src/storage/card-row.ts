import { isNew } from '../domain/card-state';
import type { CardStatus, CompiledCard, StoredCard } from '../domain/card-types';
import type { ScheduleRow } from '../domain/scheduler/types';

/**
 * A card as written to IndexedDB. `newQueuePosition` is present only while the card is
 * active and still new: the sparse index `[deckId+newQueuePosition]` then holds exactly the
 * deck's new cards in order, so finding the next new cards never walks past reviewed ones.
 */
export type CardRow = StoredCard & { newQueuePosition?: number };

export function isWaitingAsNew(
  status: CardStatus,
  schedule: ScheduleRow | null | undefined,
): boolean {
  return status === 'active' && (schedule == null || isNew(schedule.state));
}

export function toCardRow(card: StoredCard, schedule: ScheduleRow | null | undefined): CardRow {
  const stored = toStoredCard(card);
  return isWaitingAsNew(stored.status, schedule)
    ? { ...stored, newQueuePosition: stored.position }
    : stored;
}

/**
 * An added card's row: what toCardRow gives the stored card with no schedule yet. Written out
 * field by field because an import builds 100,000 of them, and V8 builds this literal many
 * times faster than a spread. `Required` makes a field added to cards a type error here until
 * it is copied.
 */
export function toNewCardRow(card: CompiledCard, position: number, contentHash: string): CardRow {
  // Prompt and choices stay optional: most cards have none, and rows stored before they
  // existed lack them.
  type OptionalContent = 'prompt' | 'choices';
  const row: Required<Omit<CardRow, OptionalContent>> & Pick<CardRow, OptionalContent> = {
    id: card.id,
    deckId: card.deckId,
    number: card.number,
    question: card.question,
    prompt: card.prompt,
    answer: card.answer,
    sections: card.sections,
    choices: card.choices,
    tags: card.tags,
    source: card.source,
    position,
    contentHash,
    status: 'active',
    previousIds: [],
    newQueuePosition: position,
  };
  return row;
}

export function toStoredCard(row: CardRow): StoredCard {
  const { newQueuePosition: _queueMarker, ...card } = row;
  return card;
}

/** Whether a stored row needs rewriting for its new-queue marker to match the schedule. */
export function hasStaleQueueMarker(
  row: CardRow,
  schedule: ScheduleRow | null | undefined,
): boolean {
  return (
    (row.newQueuePosition !== undefined) !== isWaitingAsNew(row.status, schedule) ||
    (row.newQueuePosition !== undefined && row.newQueuePosition !== row.position)
  );
}
