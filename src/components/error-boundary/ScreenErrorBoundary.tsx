import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { describeFailure } from './describe-failure';
import { ErrorBoundary } from './ErrorBoundary';
import { CardWayOutButtons, LeaveButtons } from './WayOut';

type FailureProps = { error: unknown; onRetry: () => void; cardId: string | null };

function ScreenFailure({ error, onRetry, cardId }: FailureProps) {
  return (
    <section className="screen-failure" role="alert" aria-labelledby="screen-failure-title">
      <h1 id="screen-failure-title">This screen could not be shown</h1>
      <p>{describeFailure(error)} Your saved cards and reviews are safe.</p>
      {cardId === null ? (
        <div className="actions">
          <LeaveButtons onRetry={onRetry} />
        </div>
      ) : (
        <CardWayOutButtons cardId={cardId} />
      )}
    </section>
  );
}

/** Around each screen: a render or live-query error shows what failed and a way out. Leaving clears it. */
type Props = {
  children: ReactNode;
  /** The card the screen at this location shows, if any: its failure then offers Suspend. */
  readCardId?: (location: string) => string | null;
};

export function ScreenErrorBoundary({ children, readCardId }: Props) {
  const [location] = useLocation();
  const cardId = readCardId?.(location) ?? null;
  return (
    <ErrorBoundary
      resetKey={location}
      fallback={({ error, reset }) => (
        <ScreenFailure error={error} onRetry={reset} cardId={cardId} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
