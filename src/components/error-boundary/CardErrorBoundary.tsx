import type { ReactNode } from 'react';
import { PlainText } from '../markdown/PlainText';
import { describeFailure } from './describe-failure';
import { ErrorBoundary } from './ErrorBoundary';
import { CardWayOutButtons } from './WayOut';

type Props = {
  cardId: string;
  /** The card's text, shown plain in place of what failed, when there is one to show. */
  plainText?: string;
  children: ReactNode;
};

/**
 * A card that cannot be shown: what failed, its text as plain text, and a way past it (skip,
 * suspend, back to Decks, reload). Another card on screen clears the failure.
 */
export function CardErrorBoundary({ cardId, plainText, children }: Props) {
  return (
    <ErrorBoundary
      resetKey={cardId}
      fallback={({ error }) => (
        <div className="card-failure" role="alert">
          <p>
            <strong>This card could not be displayed.</strong> {describeFailure(error)}
          </p>
          {plainText !== undefined && <PlainText text={plainText} />}
          <CardWayOutButtons cardId={cardId} />
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
