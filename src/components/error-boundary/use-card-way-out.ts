import { useState } from 'react';
import { buryCardUntilNextDay } from '../../storage/browse-repo';
import { setCardStatus } from '../../storage/card-repo';
import { describeStorageError } from '../../storage/storage-errors';
import { readClock, readTimezoneOffset } from '../../stores/clock';
import { getDatabase } from '../../stores/database';
import { useSchedulerSettings } from '../../stores/use-scheduler-settings';

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
        const now = readClock();
        await buryCardUntilNextDay(getDatabase(), {
          cardId,
          now,
          dayStartHour: settings?.dayStartHour ?? defaultDayStartHour,
          tzOffsetMinutes: readTimezoneOffset(now),
        });
        return 'Card skipped until tomorrow.';
      }),
    suspend: () =>
      run(async () => {
        await setCardStatus(getDatabase(), cardId, 'suspended');
        return 'Card suspended: it stays out of reviews until you unsuspend it in Browse.';
      }),
  };
}
