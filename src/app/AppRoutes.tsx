import { Route, Switch } from 'wouter';
import { DeckScreen } from '../features/decks/DeckScreen';
import { DecksScreen } from '../features/decks/DecksScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { NotFoundScreen } from './NotFoundScreen';

// Decks and Review are the daily path and load with the shell; every other screen is its own chunk.
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={DecksScreen} />
      <Route path="/decks/:deckId" component={DeckScreen} />
      <Route path="/review" component={ReviewScreen} />
      <Route component={NotFoundScreen} />
    </Switch>
  );
}
