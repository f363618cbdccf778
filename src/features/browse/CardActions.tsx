import { useState } from 'react';
import type { CardDetail } from '../../data/handlers/browse';
import { isRated } from '../../domain/browse/browse-filter';
import type { CardActionHandlers } from './use-card-actions';

type Props = { detail: CardDetail; actions: CardActionHandlers };

/** Suspend or unsuspend, bury until tomorrow, and reset (asked twice: it forgets progress). */
export function CardActions({ detail, actions }: Props) {
  const [isConfirmingReset, setConfirmingReset] = useState(false);
  const { card, schedule } = detail;
  if (card.status === 'removed') {
    return <p className="meta">This card was removed from its deck; its history is kept.</p>;
  }
  const confirmReset = () => {
    setConfirmingReset(false);
    actions.reset();
  };

  return (
    <section className="card-panel" aria-labelledby="card-actions-title">
      <h2 id="card-actions-title">Actions</h2>
      <div className="actions">
        {card.status === 'suspended' ? (
          <button type="button" disabled={actions.isBusy} onClick={actions.unsuspend}>
            Unsuspend
          </button>
        ) : (
          <button type="button" disabled={actions.isBusy} onClick={actions.suspend}>
            Suspend
          </button>
        )}
        <button type="button" disabled={actions.isBusy} onClick={actions.bury}>
          Bury until tomorrow
        </button>
        {isRated(schedule) && !isConfirmingReset && (
          <button type="button" disabled={actions.isBusy} onClick={() => setConfirmingReset(true)}>
            Reset to new
          </button>
        )}
      </div>
      {isConfirmingReset && (
        <fieldset className="actions confirm-reset">
          <legend>The card will start again as new. Its history is kept.</legend>
          <button type="button" className="primary" onClick={confirmReset}>
            Confirm reset
          </button>
          <button type="button" onClick={() => setConfirmingReset(false)}>
            Cancel
          </button>
        </fieldset>
      )}
      <p role="status" className="meta">
        {actions.message}
      </p>
    </section>
  );
}
