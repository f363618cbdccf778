import { createExternalValue, type ExternalValue } from '../domain/hub';

/** Chromium's BeforeInstallPromptEvent, which TypeScript's DOM types do not include. */
export type InstallPromptEvent = Event & {
  prompt: () => Promise<unknown>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

export type InstallState = { canInstall: boolean; isInstalled: boolean };

export type InstallPrompt = {
  state: ExternalValue<InstallState>;
  /** Shows the browser's install dialog; true when the user accepted. */
  install: () => Promise<boolean>;
};

/** What the offer is read from: the window, or a stand-in in tests. */
export type InstallTarget = {
  addEventListener: (type: string, listener: (event: Event) => void) => void;
  matchMedia: (query: string) => { matches: boolean };
};

function isInstallPromptEvent(event: Event): event is InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

/**
 * Keeps the browser's install offer for the install button. Listening starts with the page,
 * since the browser fires `beforeinstallprompt` once, possibly before the first render.
 */
export function listenForInstallPrompt(target: InstallTarget): InstallPrompt {
  const isStandalone = target.matchMedia('(display-mode: standalone)').matches;
  const state = createExternalValue<InstallState>({ canInstall: false, isInstalled: isStandalone });
  let deferred: InstallPromptEvent | null = null;

  target.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPromptEvent(event)) return;
    // Keeps the browser's own mini-infobar away; the app offers installing with its own button.
    event.preventDefault();
    deferred = event;
    state.set({ canInstall: true, isInstalled: false });
  });
  target.addEventListener('appinstalled', () => {
    deferred = null;
    state.set({ canInstall: false, isInstalled: true });
  });

  const install = async () => {
    const event = deferred;
    if (event === null) return false;
    // An offer can be shown once; the browser sends a new one if the user declines.
    deferred = null;
    state.set({ ...state.get(), canInstall: false });
    await event.prompt();
    const { outcome } = await event.userChoice;
    return outcome === 'accepted';
  };
  return { state, install };
}
