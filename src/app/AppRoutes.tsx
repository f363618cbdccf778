import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { DeckScreen } from '../features/decks/DeckScreen';
import { DecksScreen } from '../features/decks/DecksScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { NotFoundScreen } from './NotFoundScreen';

const WriteScreen = lazy(() =>
  import('../features/quiz/write/WriteScreen').then((m) => ({ default: m.WriteScreen })),
);
const MockScreen = lazy(() =>
  import('../features/quiz/mock/MockScreen').then((m) => ({ default: m.MockScreen })),
);
const ChoiceScreen = lazy(() =>
  import('../features/quiz/choice/ChoiceScreen').then((m) => ({ default: m.ChoiceScreen })),
);
const CramScreen = lazy(() =>
  import('../features/quiz/cram/CramScreen').then((m) => ({ default: m.CramScreen })),
);

const BrowseScreen = lazy(() =>
  import('../features/browse/BrowseScreen').then((m) => ({ default: m.BrowseScreen })),
);
const CardDetailScreen = lazy(() =>
  import('../features/browse/CardDetailScreen').then((m) => ({ default: m.CardDetailScreen })),
);
const StatsScreen = lazy(() =>
  import('../features/stats/StatsScreen').then((m) => ({ default: m.StatsScreen })),
);

const ImportScreen = lazy(() =>
  import('../features/import/ImportScreen').then((m) => ({ default: m.ImportScreen })),
);
// Settings restores backups through the import worker, which the Import feature owns.
const SettingsScreen = lazy(() =>
  Promise.all([
    import('../features/settings/SettingsScreen'),
    import('../features/import/import-worker-client'),
  ]).then(([settings, worker]) => ({
    default: () => <settings.SettingsScreen runImportJob={worker.runImportInWorker} />,
  })),
);

// Decks and Review are the daily path and load with the shell; every other screen is its own chunk.
export function AppRoutes() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Switch>
        <Route path="/" component={DecksScreen} />
        <Route path="/decks/:deckId" component={DeckScreen} />
        <Route path="/review" component={ReviewScreen} />
        <Route path="/quiz/write" component={WriteScreen} />
        <Route path="/quiz/mock" component={MockScreen} />
        <Route path="/quiz/choice" component={ChoiceScreen} />
        <Route path="/quiz/cram" component={CramScreen} />
        <Route path="/browse" component={BrowseScreen} />
        <Route path="/cards/:cardId" component={CardDetailScreen} />
        <Route path="/stats" component={StatsScreen} />
        <Route path="/import">
          <ImportScreen />
        </Route>
        <Route path="/settings" component={SettingsScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
