import { useState } from 'react';
import type { CardDetail } from '../../data/handlers/browse';
import { describeStorageError } from '../../data/services/errors';
import { useCommand } from '../../data/use-query';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { useAppStore } from '../../stores/app-store';
import { formatDateTime } from './browse-labels';

export type CardActionHandlers = {
  isBusy: boolean;
  /** What the last action did, for the status line. */
  message: string | null;
  suspend: () => void;
  unsuspend: () => void;
  bury: () => void;
  reset: () => void;
};

/** Suspend, unsuspend, bury and reset for one card; one at a time, failures shown. */
export function useCardActions(
  detail: CardDetail | null | undefined,
  settings: SchedulerSettings | undefined,
): CardActionHandlers {
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const showAlert = useAppStore((s) => s.showAlert);
  const cardId = detail?.card.id ?? null;
  const suspendCard = useCommand('suspendCard');
  const unsuspendCard = useCommand('unsuspendCard');
  const buryCard = useCommand('buryCard');
  const resetCard = useCommand('resetCard');

  const run = (work: (id: string) => Promise<string>) => {
    if (cardId === null || isBusy) return;
    setBusy(true);
    work(cardId)
      .then(setMessage, (error: unknown) => showAlert(describeStorageError(error)))
      .finally(() => setBusy(false));
  };

  return {
    isBusy,
    message,
    suspend: () =>
      run(async (id) => {
        await suspendCard({ cardId: id });
        return 'Card suspended: it stays out of reviews until you unsuspend it.';
      }),
    unsuspend: () =>
      run(async (id) => {
        await unsuspendCard({ cardId: id });
        return 'Card unsuspended: it is back in reviews.';
      }),
    bury: () =>
      run(async (id) => {
        const buriedUntil = await buryCard({
          cardId: id,
          dayStartHour: settings?.dayStartHour ?? 4,
        });
        return buriedUntil === null
          ? 'This card no longer exists.'
          : `Card buried until ${formatDateTime(buriedUntil)}.`;
      }),
    reset: () =>
      run(async (id) => {
        const isReset = await resetCard({ cardId: id });
        return !isReset
          ? 'This card is already new.'
          : 'Card reset to new. Undo on the Review screen brings its progress back.';
      }),
  };
}
