import { useState } from 'react';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import { buryCardUntilNextDay, type CardDetail, resetCardToNew } from '../../storage/browse-repo';
import { setCardStatus } from '../../storage/card-repo';
import { describeStorageError } from '../../storage/storage-errors';
import { useAppStore } from '../../stores/app-store';
import { readClock, readTimezoneOffset } from '../../stores/clock';
import { getDatabase } from '../../stores/database';
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
        await setCardStatus(getDatabase(), id, 'suspended');
        return 'Card suspended: it stays out of reviews until you unsuspend it.';
      }),
    unsuspend: () =>
      run(async (id) => {
        await setCardStatus(getDatabase(), id, 'active');
        return 'Card unsuspended: it is back in reviews.';
      }),
    bury: () =>
      run(async (id) => {
        const now = readClock();
        const row = await buryCardUntilNextDay(getDatabase(), {
          cardId: id,
          now,
          dayStartHour: settings?.dayStartHour ?? 4,
          tzOffsetMinutes: readTimezoneOffset(now),
        });
        return row?.buriedUntil == null
          ? 'This card no longer exists.'
          : `Card buried until ${formatDateTime(row.buriedUntil)}.`;
      }),
    reset: () =>
      run(async (id) => {
        const review = await resetCardToNew(getDatabase(), {
          cardId: id,
          now: readClock(),
          reviewId: crypto.randomUUID(),
        });
        return review === null
          ? 'This card is already new.'
          : 'Card reset to new. Undo on the Review screen brings its progress back.';
      }),
  };
}
