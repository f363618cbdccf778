import { useEffect } from 'react';
import { Router } from 'wouter';
import { useAppStore } from '../stores/app-store';
import { applyTheme, readThemeMirror, useAppliedTheme } from '../stores/use-theme';
import { AppRoutes } from './AppRoutes';
import { Layout } from './Layout';
import { startApp } from './start-app';

// As this module loads, before React renders anything: a forced theme is on <html> before the
// first paint of the app (the CSP forbids an inline script in index.html, which would be earlier).
applyTheme(readThemeMirror());

export function App() {
  const phase = useAppStore((s) => s.phase);
  const alert = useAppStore((s) => s.alert);
  useAppliedTheme();

  useEffect(() => {
    void startApp();
  }, []);

  if (phase === 'ready') {
    return (
      <Router>
        <Layout>
          <AppRoutes />
        </Layout>
      </Router>
    );
  }
  return (
    <main id="main" className="startup">
      <h1>Drillbook</h1>
      {phase === 'starting' ? (
        <p role="status">Opening your decks…</p>
      ) : (
        <p role="alert">{alert ?? 'Drillbook could not start.'}</p>
      )}
    </main>
  );
}
