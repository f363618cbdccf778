import { DecksView } from './DecksView';
import { useDeckOverview } from './use-deck-overview';

export function DecksScreen() {
  const overview = useDeckOverview();
  if (!overview) return <p role="status">Loading decks…</p>;
  return <DecksView overview={overview} />;
}
