import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createExternalValue, type ExternalValue } from '../domain/hub';

export type UpdateState = {
  /** A new version is installed and waits for the user's go-ahead. */
  isUpdateAvailable: boolean;
  /** The user chose "Later" for this page; a newer event shows the prompt again. */
  isDismissed: boolean;
  /** The user accepted and the page is about to reload. */
  isReloading: boolean;
  /** The first install finished: the app now works offline. */
  isOfflineReady: boolean;
};

/** vite-plugin-pwa's `registerSW`: registers the worker and returns what activates a waiting one. */
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export type UpdateController = {
  state: ExternalValue<UpdateState>;
  /** Registers the worker once; later calls do nothing. */
  start: (registerSW: RegisterSW) => void;
  /** The user's go-ahead: activates the waiting worker, then reloads once it controls the page. */
  accept: () => Promise<void>;
  dismiss: () => void;
};

type Deps = {
  reload: () => void;
  /** Whether a worker controls the page now (a returning visit). */
  hasController: () => boolean;
  /** Calls back when another worker takes control of this page (`controllerchange`). */
  watchControllerChange: (listener: () => void) => void;
  /** setTimeout, for the reload that follows an accepted update even if no worker takes over. */
  schedule: (callback: () => void, ms: number) => void;
  onRegistered?: (registration: ServiceWorkerRegistration) => void;
  /** The registration's waiting worker, once registered: the version an accept activates. */
  readWaitingWorker?: () => WaitingWorker | null;
};

/** The part of a waiting ServiceWorker the controller watches. */
export type WaitingWorker = {
  readonly state: string;
  addEventListener: (type: 'statechange', listener: () => void) => void;
};

// An accepted update reloads once the new worker controls the page, or once the waiting
// worker is gone (made redundant by a newer one). These timers are the last resort when neither
// is ever reported; with the waiting worker in sight, a slow activation on a busy device must
// not reload the page into the old version.
const RELOAD_FALLBACK_MS = 5000;
const WATCHED_RELOAD_FALLBACK_MS = 30_000;

const initialState: UpdateState = {
  isUpdateAvailable: false,
  isDismissed: false,
  isReloading: false,
  isOfflineReady: false,
};

/**
 * The update flow of docs/architecture.md, "Offline and updates". The page reloads only after
 * this page's user accepts: when another tab accepts and the new worker takes over here too,
 * this page keeps running (a review in progress stays on screen) and only keeps offering the
 * reload.
 */
export function createUpdateController(deps: Deps): UpdateController {
  const state = createExternalValue<UpdateState>(initialState);
  const patch = (change: Partial<UpdateState>) => state.set({ ...state.get(), ...change });
  let activateWaiting: ((reloadPage?: boolean) => Promise<void>) | null = null;
  let isAccepted = false;
  let isNewWorkerInControl = false;
  let hasReloaded = false;

  const reloadOnce = () => {
    if (hasReloaded) return;
    hasReloaded = true;
    deps.reload();
  };
  // A new version took over, whichever tab activated it: reload if asked, else keep offering.
  const onNewWorkerInControl = () => {
    isNewWorkerInControl = true;
    if (isAccepted) reloadOnce();
    else patch({ isUpdateAvailable: true, isDismissed: false });
  };

  const start = (registerSW: RegisterSW) => {
    if (activateWaiting !== null) return;
    // Watched directly, because workbox-window does not report it on a page that had no
    // worker when it registered. There, the first change is the first install claiming the page.
    let isFirstClaimPending = !deps.hasController();
    deps.watchControllerChange(() => {
      if (isFirstClaimPending) isFirstClaimPending = false;
      else onNewWorkerInControl();
    });
    activateWaiting = registerSW({
      onNeedRefresh: () => {
        isNewWorkerInControl = false;
        patch({ isUpdateAvailable: true, isDismissed: false });
      },
      onOfflineReady: () => patch({ isOfflineReady: true }),
      // Without this handler, vite-plugin-pwa reloads the page itself when another tab accepts.
      onNeedReload: onNewWorkerInControl,
      onRegisteredSW: (_url, registration) => {
        if (registration) deps.onRegistered?.(registration);
      },
    });
  };

  const accept = async () => {
    isAccepted = true;
    patch({ isReloading: true });
    if (isNewWorkerInControl || activateWaiting === null) {
      reloadOnce();
      return;
    }
    const waiting = deps.readWaitingWorker?.() ?? null;
    await activateWaiting();
    // The user asked for the new version: should the waiting worker be gone (made redundant by
    // a newer one), reload anyway rather than leave a disabled button.
    if (waiting === null) {
      deps.schedule(reloadOnce, RELOAD_FALLBACK_MS);
      return;
    }
    const reloadOnceSettled = () => {
      if (waiting.state === 'activated' || waiting.state === 'redundant') reloadOnce();
    };
    waiting.addEventListener('statechange', reloadOnceSettled);
    reloadOnceSettled();
    deps.schedule(reloadOnce, WATCHED_RELOAD_FALLBACK_MS);
  };

  return { state, start, accept, dismiss: () => patch({ isDismissed: true }) };
}
