import { useEffect } from 'react';
import {
  type PersistableStorage,
  readStoragePersistence,
  requestStoragePersistence,
} from '../data/services/storage-persistence';
import { useQuery } from '../data/use-query';

let hasAsked = false;

/**
 * Asks for persistent storage once the user has progress to lose: after their first review,
 * or at start for a returning user. Asking on the first visit would put Firefox's permission
 * question in front of someone who has not used the app yet. Once per page load at most.
 */
export function usePersistAfterFirstReview(storage?: PersistableStorage): void {
  const hasReviews = useQuery('hasReviews');
  useEffect(() => {
    if (!hasReviews || hasAsked) return;
    hasAsked = true;
    void askUnlessPersisted(storage);
  }, [hasReviews, storage]);
}

async function askUnlessPersisted(storage: PersistableStorage | undefined): Promise<void> {
  if ((await readStoragePersistence(storage)) === true) return;
  await requestStoragePersistence(storage);
}

/** Lets a test start again from a fresh page. */
export function resetPersistRequestForTests(): void {
  hasAsked = false;
}
