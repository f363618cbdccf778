// The review screen reads its snapshot through a live query (dexie-react-hooks' useLiveQuery
// over Dexie's liveQuery), so after a rating the next card arrives by the query re-running.
// This measures that round trip without React: rating start to the first snapshot that
// reflects the rating.
import { liveQuery } from 'dexie';
import { loadReviewSnapshot, type ReviewSnapshot } from '../../src/stores/review-session';
import {
  moveToNextStudyDay,
  type ReviewLoopContext,
  rateCardOnScreen,
  secondsPerCard,
} from './review-loop';

const maxWaitMs = 10_000;
const quietMs = 20;

type Emission = { at: number; snapshot: ReviewSnapshot };

export async function measureLiveNextCard(
  context: ReviewLoopContext,
  startAt: number,
  iterations: number,
): Promise<{ samples: number[]; endAt: number }> {
  let now = startAt;
  const emissions: Emission[] = [];
  let failure: unknown = null;
  const query = liveQuery(() =>
    loadReviewSnapshot(context.db, { now, settings: context.settings, pinnedCardId: null }),
  );
  let subscription = subscribe();
  const samples: number[] = [];
  try {
    while (samples.length < iterations) {
      const latest = await waitFor(() => emissions.at(-1));
      const shown = latest.snapshot.current;
      if (shown === null) {
        // The app re-runs the query when time moves on; here the subscription is renewed.
        subscription.unsubscribe();
        now = moveToNextStudyDay(now, context.settings);
        emissions.length = 0;
        subscription = subscribe();
        continue;
      }
      const seen = emissions.length;
      const ratedAt = now + 6000;
      now += secondsPerCard * 1000;
      const began = performance.now();
      await rateCardOnScreen(context, shown, ratedAt);
      const next = await waitFor(() =>
        emissions.slice(seen).find((e) => isAfterRating(e.snapshot, shown)),
      );
      samples.push(next.at - began);
      await waitForQuiet();
    }
  } finally {
    subscription.unsubscribe();
  }
  return { samples, endAt: now };

  function subscribe() {
    return query.subscribe({
      next: (snapshot) => emissions.push({ at: performance.now(), snapshot }),
      error: (error: unknown) => {
        failure = error;
      },
    });
  }

  async function waitFor<T>(find: () => T | undefined): Promise<T> {
    const began = performance.now();
    for (;;) {
      if (failure !== null) throw failure;
      const found = find();
      if (found !== undefined) return found;
      if (performance.now() - began > maxWaitMs) throw new Error('The live query did not emit');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  // A rating can make the query emit more than once; the next rating waits for the last.
  async function waitForQuiet() {
    let count = -1;
    while (count !== emissions.length) {
      count = emissions.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  }
}

/** The screen has moved on: another card is shown, or the rated card with its new state. */
function isAfterRating(snapshot: ReviewSnapshot, shown: ReviewSnapshot['current']): boolean {
  const current = snapshot.current;
  if (current === null || shown === null) return true;
  return current.card.id !== shown.card.id || current.schedule?.reps !== shown.schedule?.reps;
}
