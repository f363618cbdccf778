import { renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useQuery } from '../../src/data/use-query';
import { installTestDatabase, makeDeck, seedDeck } from '../support/test-database';

// Dexie loses track of a query's later reads when the function it is given is not itself
// async (dexie-react-hooks' own useLiveQuery then never saw the new deck); useQuery wraps it.
it('a live query sees every table the overview reads', async () => {
  const db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  const { result } = renderHook(() => useQuery('deckOverview'));
  await waitFor(() => expect(result.current?.map((row) => row.deck.id)).toEqual(['alpha']));
  await seedDeck(db, makeDeck('gamma', 2));
  await waitFor(() =>
    expect(result.current?.map((row) => row.deck.id)).toEqual(['alpha', 'gamma']),
  );
});

it('loads the area of a query on demand and follows its arguments', async () => {
  const db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  const [first, second, third] = (await db.cards.orderBy('id').toArray()).map((card) => card.id);
  if (!first || !second || !third) throw new Error('the deck has three cards');
  const { result, rerender } = renderHook(({ cardIds }) => useQuery('cramCards', { cardIds }), {
    initialProps: { cardIds: [first] },
  });
  await waitFor(() => expect(result.current?.map((card) => card.id)).toEqual([first]));
  rerender({ cardIds: [third, second] });
  await waitFor(() => expect(result.current?.map((card) => card.id)).toEqual([third, second]));
});
