import { useId, useState } from 'react';
import { send } from '../../data/surface';
import { useQuery } from '../../data/use-query';
import type { DeckRow } from '../../domain/card-types';
import type { DeckLimit, DeckLimitField, DeckLimits } from '../../domain/settings/deck-limits';
import { describeDeckLimit } from '../../domain/settings/describe-settings';
import { maxDailyLimit, validateOptionalLimit } from '../../domain/settings/field-check';
import { SettingField } from './SettingField';

const limitInput = {
  type: 'number',
  min: 0,
  max: maxDailyLimit,
  step: 1,
  inputMode: 'numeric',
} as const;

/** Caps for one deck at a time, under the global ones: a big deck cannot crowd out the rest. */
export function DeckLimitsSection() {
  const headingId = useId();
  const selectId = useId();
  const data = useQuery('deckLimits');
  const [chosen, setChosen] = useState('');
  const deck = data?.decks.find((row) => row.id === chosen) ?? data?.decks[0];

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Per-deck limits</h2>
      <p className="meta">
        Give a deck its own daily caps. The daily limits above still cap all decks together.
      </p>
      <label htmlFor={selectId}>Deck to limit</label>
      <select
        id={selectId}
        value={deck?.id ?? ''}
        onChange={(event) => setChosen(event.currentTarget.value)}
      >
        {data?.decks.map((row) => (
          <option key={row.id} value={row.id}>
            {row.title}
          </option>
        ))}
      </select>
      {deck && data && (
        <DeckLimitFields key={deck.id} deckId={deck.id} limit={data.limits[deck.id] ?? {}} />
      )}
      {data && <LimitedDecks decks={data.decks} limits={data.limits} />}
    </section>
  );
}

function DeckLimitFields({ deckId, limit }: { deckId: string; limit: DeckLimit }) {
  const save = (field: DeckLimitField) => (value: number | null) =>
    send('saveDeckLimit', { deckId, field, value });
  return (
    <>
      <SettingField
        label="New cards a day from this deck"
        stored={String(limit.newCardsPerDay ?? '')}
        validate={validateOptionalLimit}
        save={save('newCardsPerDay')}
        explain={(value) => describeDeckLimit(value, 'new')}
        input={limitInput}
      />
      <SettingField
        label="Reviews a day from this deck"
        stored={String(limit.maxReviewsPerDay ?? '')}
        validate={validateOptionalLimit}
        save={save('maxReviewsPerDay')}
        explain={(value) => describeDeckLimit(value, 'reviews')}
        input={limitInput}
      />
    </>
  );
}

function LimitedDecks({ decks, limits }: { decks: DeckRow[]; limits: DeckLimits }) {
  const limited = decks.filter((deck) => limits[deck.id] !== undefined);
  if (limited.length === 0) return <p className="meta">No deck has limits of its own.</p>;
  return (
    <ul className="deck-limit-list" aria-label="Decks with their own limits">
      {limited.map((deck) => (
        <li key={deck.id}>
          {deck.title}: {summarizeLimit(limits[deck.id] ?? {})}
        </li>
      ))}
    </ul>
  );
}

function summarizeLimit(limit: DeckLimit): string {
  const parts = [
    limit.newCardsPerDay === undefined ? null : `${limit.newCardsPerDay} new`,
    limit.maxReviewsPerDay === undefined ? null : `${limit.maxReviewsPerDay} reviews`,
  ].filter((part) => part !== null);
  return `${parts.join(', ')} a day`;
}
