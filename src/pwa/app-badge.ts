/** The Badging API, where the browser has it (installed Chromium apps, Safari on macOS and iOS). */
export type BadgeNavigator = {
  setAppBadge?: (contents?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
};

export function hasAppBadge(nav: BadgeNavigator): boolean {
  return typeof nav.setAppBadge === 'function';
}

/** Shows `count` on the app icon, or clears the badge at zero. Never throws: a badge is a nicety. */
export async function showAppBadge(nav: BadgeNavigator, count: number): Promise<void> {
  try {
    if (count > 0) await nav.setAppBadge?.(count);
    else if (nav.clearAppBadge) await nav.clearAppBadge();
    else await nav.setAppBadge?.(0);
  } catch {
    // Browsers refuse the badge outside an installed app or without permission; nothing to tell the user.
  }
}
