import { useEffect } from 'react';
import { Router } from 'wouter';
import { RootErrorBoundary } from '../components/error-boundary/RootErrorBoundary';
import { ScreenErrorBoundary } from '../components/error-boundary/ScreenErrorBoundary';
import { useAppliedTheme } from '../data/services/use-theme';
import { useAppStore } from '../stores/app-store';
import { AppRoutes } from './AppRoutes';
import { readCardOnScreen } from './card-on-screen';
import { Layout } from './Layout';
import { startApp } from './start-app';

export function App() {
  const phase = useAppStore((s) => s.phase);
  const alert = useAppStore((s) => s.alert);
  useAppliedTheme(phase === 'ready');

  useEffect(() => {
    void startApp();
  }, []);

  if (phase === 'ready') {
    return (
      <RootErrorBoundary>
        <Router>
          <Layout>
            {/* One boundary for the screen on show: a new location clears it. */}
            <ScreenErrorBoundary readCardId={readCardOnScreen}>
              <AppRoutes />
            </ScreenErrorBoundary>
          </Layout>
        </Router>
      </RootErrorBoundary>
    );
  }
  return (
    <main id="main" className="startup">
      <h1>Drillbook</h1>
      {phase === 'starting' && alert === null ? (
        <p role="status">Opening your decks…</p>
      ) : (
        <p role="alert">{alert ?? 'Drillbook could not start.'}</p>
      )}
    </main>
  );
}
