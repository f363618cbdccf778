import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DeckOverview } from '../../data/handlers/decks';
import { createQuerySource, type QuerySource } from '../../data/use-query';

export type { DeckOverview };

// Started before the app's first render (see src/app/start-client.tsx), so that the Decks
// screen replaces the prerendered shell with its content, not with a loading message. The
// screen that mounts first goes on with this query rather than reading the overview again.
let primed: QuerySource<DeckOverview[]> | null = null;

/** Reads the overview ahead of the first render; the next `useDeckOverview` goes on with it. */
export async function primeDeckOverview(): Promise<void> {
  primed?.stop();
  const source = createQuerySource('deckOverview', [], { isStarted: true });
  primed = source;
  await source.ready;
  if (source.readError() !== undefined) {
    source.stop();
    if (primed === source) primed = null;
  }
}

/** The primed query when its first result is in, else a new one. */
function pickSource(): QuerySource<DeckOverview[]> {
  if (primed?.read() !== undefined) return primed;
  return createQuerySource('deckOverview', []);
}

/** Every deck with what is left today, live across tabs; undefined while loading. */
export function useDeckOverview(): DeckOverview[] | undefined {
  const [source] = useState(pickSource);
  // Only the first screen to mount takes the primed query over: a later one reads afresh.
  useEffect(() => {
    if (primed === source) primed = null;
  }, [source]);
  const overview = useSyncExternalStore(source.subscribe, source.read);
  const failure = source.readError();
  if (failure !== undefined) throw failure;
  return overview;
}
