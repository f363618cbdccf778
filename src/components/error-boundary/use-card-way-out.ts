import { useState } from 'react';
import { describeStorageError } from '../../data/services/errors';
import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import { send } from '../../data/surface';

export type CardWayOut = {
  isBusy: boolean;
  message: string | null;
  /** Buries the card until the next study day: the queue moves on to the next card. */
  skip: () => void;
  suspend: () => void;
};

// The study day's default start, as the card page's Bury uses it while settings load.
const defaultDayStartHour = 4;

/** Skip or suspend a card that cannot be shown, with the writes the card page's actions make. */
export function useCardWayOut(cardId: string): CardWayOut {
  const settings = useSchedulerSettings();
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = (work: () => Promise<string>) => {
    if (isBusy) return;
    setBusy(true);
    work()
      .then(setMessage, (error: unknown) => setMessage(describeStorageError(error)))
      .finally(() => setBusy(false));
  };

  return {
    isBusy,
    message,
    skip: () =>
      run(async () => {
        await send('buryCard', {
          cardId,
          dayStartHour: settings?.dayStartHour ?? defaultDayStartHour,
        });
        return 'Card skipped until tomorrow.';
      }),
    suspend: () =>
      run(async () => {
        await send('suspendCard', { cardId });
        return 'Card suspended: it stays out of reviews until you unsuspend it in Browse.';
      }),
  };
}
