import { Link } from 'wouter';
import { useCardWayOut } from './use-card-way-out';

export function reloadPage(): void {
  window.location.reload();
}

/** Back to Decks and Reload: the ways out of any failure. */
export function LeaveButtons({ onRetry }: { onRetry?: (() => void) | undefined }) {
  return (
    <>
      <Link href="/">Back to Decks</Link>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      <button type="button" onClick={reloadPage}>
        Reload
      </button>
    </>
  );
}

/** Skip or suspend the card that failed, then the ways out of the screen. */
export function CardWayOutButtons({ cardId }: { cardId: string }) {
  const wayOut = useCardWayOut(cardId);
  return (
    <>
      <div className="actions">
        <button type="button" disabled={wayOut.isBusy} onClick={wayOut.skip}>
          Skip this card
        </button>
        <button type="button" disabled={wayOut.isBusy} onClick={wayOut.suspend}>
          Suspend this card
        </button>
        <LeaveButtons />
      </div>
      <p role="status" className="meta">
        {wayOut.message}
      </p>
    </>
  );
}
