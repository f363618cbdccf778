import { lazy, Suspense } from 'react';
import { UpdatePrompt } from './UpdatePrompt';
import { useIdleStart } from './use-idle-start';

// Their code (the badge counts today's queue with the scheduler) loads when they start.
const IdleServices = lazy(() =>
  import('./IdleServices').then((m) => ({ default: m.IdleServices })),
);

/** The app-wide notices (update, backup) and the quiet services that go with the shell. */
export function PwaNotices() {
  const isIdle = useIdleStart();
  return (
    <>
      <UpdatePrompt />
      {isIdle && (
        <Suspense fallback={null}>
          <IdleServices />
        </Suspense>
      )}
    </>
  );
}
