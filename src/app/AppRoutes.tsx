import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { preloadCardMarkdown } from '../components/markdown/LazyCardMarkdown';
import { routes } from '../components/routes';
import { DecksScreen } from '../features/decks/DecksScreen';
import { NotFoundScreen } from './NotFoundScreen';
import { loadDeckScreen, loadReviewScreen } from './preload-screens';

// Review is on the daily path, but the first screen is Decks: its code (the scheduler, the
// card panels) is fetched as the user heads for it (src/app/preload-screens.ts), not run at start.
const ReviewScreen = lazy(() => loadReviewScreen().then((m) => ({ default: m.ReviewScreen })));
const DeckScreen = lazy(() => loadDeckScreen().then((m) => ({ default: m.DeckScreen })));

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
// Settings restores backups through the import worker's job.
const SettingsScreen = lazy(() =>
  Promise.all([import('../features/settings/SettingsScreen'), import('../data/jobs')]).then(
    ([settings, jobs]) => ({
      default: () => <settings.SettingsScreen runImportJob={jobs.importFiles} />,
    }),
  ),
);

/**
 * Fetches the card renderer once the user leaves the Decks screen, the one screen that shows no
 * card, so that a reveal does not wait for it. Decks never pays for its download and set-up.
 */
function usePreloadCardMarkdownOffDecks(): void {
  const [location] = useLocation();
  const isOffDecks = location !== routes.decks;
  useEffect(() => {
    if (isOffDecks) preloadCardMarkdown();
  }, [isOffDecks]);
}

// Decks loads with the shell; every other screen is its own chunk.
export function AppRoutes() {
  usePreloadCardMarkdownOffDecks();
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Switch>
        <Route path={routes.decks} component={DecksScreen} />
        <Route path={routes.deck} component={DeckScreen} />
        <Route path={routes.review} component={ReviewScreen} />
        <Route path={routes.write} component={WriteScreen} />
        <Route path={routes.mock} component={MockScreen} />
        <Route path={routes.choice} component={ChoiceScreen} />
        <Route path={routes.cram} component={CramScreen} />
        <Route path={routes.browse} component={BrowseScreen} />
        <Route path={routes.card} component={CardDetailScreen} />
        <Route path={routes.stats} component={StatsScreen} />
        <Route path={routes.import}>
          <ImportScreen />
        </Route>
        <Route path={routes.settings} component={SettingsScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
