import { useEffect } from 'react';
import { parseTheme, type Theme } from '../domain/settings/theme';
import { useLiveQuery } from '../storage/live-query';
import { getTheme, saveTheme } from '../storage/settings-repo';
import { useAppStore } from './app-store';
import { getDatabase } from './database';

// The theme lives in the database (so it is in the backup) and is mirrored in localStorage,
// which can be read synchronously before the first render, where the database cannot.
const mirrorKey = 'drillbook-theme';

/** The theme last applied on this device, or 'system'. */
export function readThemeMirror(): Theme {
  try {
    return parseTheme(window.localStorage.getItem(mirrorKey));
  } catch {
    return 'system';
  }
}

/** Sets `data-theme` on <html>, which the palettes in styles.css follow, and mirrors it. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    window.localStorage.setItem(mirrorKey, theme);
  } catch {
    // Storage refused (private mode, quota): the database still holds the choice.
  }
}

/** Applies a chosen theme at once and stores it. */
export async function chooseTheme(theme: Theme): Promise<void> {
  applyTheme(theme);
  await saveTheme(getDatabase(), theme);
}

/** The stored theme, live across tabs; undefined while loading. */
export function useStoredTheme(): Theme | undefined {
  return useLiveQuery(() => getTheme(getDatabase()), []);
}

/**
 * Keeps <html data-theme> on the stored theme once the database is open: a change in another
 * tab or a restored backup applies at once. Call once, from the app shell.
 */
export function useAppliedTheme(): void {
  const isReady = useAppStore((s) => s.phase === 'ready');
  const theme = useLiveQuery(() => (isReady ? getTheme(getDatabase()) : undefined), [isReady]);
  useEffect(() => {
    if (theme !== undefined) applyTheme(theme);
  }, [theme]);
}
