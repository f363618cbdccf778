import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyTheme, readThemeMirror } from '../../../src/data/services/theme-mirror';
import { useAppliedTheme } from '../../../src/data/services/use-theme';
import type { DrillbookDb } from '../../../src/storage/db';
import { saveTheme } from '../../../src/storage/settings-repo';
import { installTestDatabase } from '../../support/test-database';

let db: DrillbookDb;
beforeEach(() => {
  db = installTestDatabase();
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('theme on <html>', () => {
  it('restores the last theme from the local mirror before the database is open', () => {
    expect(readThemeMirror()).toBe('system');
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    window.localStorage.setItem('drillbook-theme', 'light');
    expect(readThemeMirror()).toBe('light');
    window.localStorage.setItem('drillbook-theme', 'sepia');
    expect(readThemeMirror()).toBe('system');
  });

  it('follows the stored theme once the app is ready, also when it changes elsewhere', async () => {
    await saveTheme(db, 'dark');
    const { rerender } = renderHook(({ isReady }) => useAppliedTheme(isReady), {
      initialProps: { isReady: false },
    });
    expect(document.documentElement.dataset.theme).toBeUndefined();
    rerender({ isReady: true });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    // Another tab, or a restored backup, changes the setting.
    await saveTheme(db, 'light');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    expect(readThemeMirror()).toBe('light');
  });
});
