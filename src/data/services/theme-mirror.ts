import { parseTheme, type Theme } from '../../domain/settings/theme';

// The theme lives in the database (so it is in the backup) and is mirrored in localStorage,
// which can be read synchronously before the first render, where the database cannot. This
// module stays free of the database so that the start-up script can apply the theme at once.
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
