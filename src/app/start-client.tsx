import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { primeDeckOverview } from '../features/decks/use-deck-overview';
import { useAppStore } from '../stores/app-store';
import { App } from './App';
import { preloadScreensOnIntent } from './preload-screens';
import { startApp } from './start-app';
import { yieldToMain } from './yield-to-main';

/**
 * Starts the app over the prerendered shell. React's first render waits until the database is
 * open and the Decks screen's figures are read, so that it replaces the shell with the same
 * screen, filled in, and never with a loading message. A start-up that stops on a message
 * (another tab blocks an upgrade) renders at once, to show it.
 */
export async function startClient(container: HTMLElement): Promise<void> {
  preloadScreensOnIntent(document);
  const alert = watchForAlert();
  try {
    await Promise.race([startApp(), alert.shown]);
  } finally {
    alert.stop();
  }
  if (useAppStore.getState().phase === 'ready' && window.location.pathname === '/') {
    await yieldToMain();
    // Never rejects: a failed read is left for the Decks screen to show.
    await primeDeckOverview();
  }
  await yieldToMain();
  const root = createRoot(container);
  // A transition renders in slices, yielding to the browser between them.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

/** Resolves `shown` once start-up stops on a message; `stop` ends the watch either way. */
function watchForAlert(): { shown: Promise<void>; stop: () => void } {
  let stop = () => {};
  const shown = new Promise<void>((resolve) => {
    stop = useAppStore.subscribe((state) => {
      if (state.alert === null) return;
      stop();
      resolve();
    });
  });
  return { shown, stop: () => stop() };
}
