import type { ReactNode } from 'react';
import { describeFailure } from './describe-failure';
import { ErrorBoundary } from './ErrorBoundary';
import { reloadPage } from './WayOut';

/**
 * The last catch, around the whole app (the layout and the router included): what failed, and
 * links that load the app afresh, since nothing inside it can be trusted to route any more.
 */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={({ error }) => (
        <main id="main" className="startup">
          <h1>Drillbook hit a problem</h1>
          <p role="alert">{describeFailure(error)} Your saved cards and reviews are safe.</p>
          <div className="actions">
            <a href="/">Back to Decks</a>
            <button type="button" onClick={reloadPage}>
              Reload
            </button>
          </div>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
