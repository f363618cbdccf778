import { renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { loadDeckOverview } from '../../../src/features/decks/use-deck-overview';
import { useLiveQuery } from '../../../src/storage/live-query';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';

// Dexie loses track of this query's later reads when the function it is given is not itself
// async (dexie-react-hooks' own useLiveQuery then never saw the new deck); ours wraps it.
it('a live query given a plain function still sees every table the overview reads', async () => {
  const db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  const { result } = renderHook(() => useLiveQuery(() => loadDeckOverview(db)));
  await waitFor(() => expect(result.current?.map((row) => row.deck.id)).toEqual(['alpha']));
  await seedDeck(db, makeDeck('gamma', 2));
  await waitFor(() =>
    expect(result.current?.map((row) => row.deck.id)).toEqual(['alpha', 'gamma']),
  );
});
