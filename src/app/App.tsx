import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { useAppStore } from '../stores/app-store';
import { router } from './router';
import { startApp } from './start-app';

export function App() {
  const phase = useAppStore((s) => s.phase);
  const alert = useAppStore((s) => s.alert);

  useEffect(() => {
    void startApp();
  }, []);

  if (phase === 'ready') return <RouterProvider router={router} />;
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
