import { useEffect } from 'react';
import type { Theme } from '../../domain/settings/theme';
import { useLiveQuery } from '../../storage/live-query';
import { getTheme, saveTheme } from '../../storage/settings-repo';
import { getDatabase } from './database';
import { applyTheme } from './theme-mirror';

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
 * tab or a restored backup applies at once. Call once, from the app shell, with whether the
 * database is open.
 */
export function useAppliedTheme(isReady: boolean): void {
  const theme = useLiveQuery(() => (isReady ? getTheme(getDatabase()) : undefined), [isReady]);
  useEffect(() => {
    if (theme !== undefined) applyTheme(theme);
  }, [theme]);
}
