import { describe, expect, it, vi } from 'vitest';
import { hasAppBadge, showAppBadge } from '../../src/pwa/app-badge';

describe('app badge', () => {
  it('is used only where the browser has the Badging API', () => {
    expect(hasAppBadge({})).toBe(false);
    expect(hasAppBadge({ setAppBadge: async () => undefined })).toBe(true);
  });

  it('shows the count, and clears the badge at zero', async () => {
    const nav = {
      setAppBadge: vi.fn(async () => undefined),
      clearAppBadge: vi.fn(async () => undefined),
    };
    await showAppBadge(nav, 12);
    expect(nav.setAppBadge).toHaveBeenCalledWith(12);
    await showAppBadge(nav, 0);
    expect(nav.clearAppBadge).toHaveBeenCalledTimes(1);
    expect(nav.setAppBadge).toHaveBeenCalledTimes(1);
  });

  it('never fails the app when the browser refuses the badge', async () => {
    const nav = { setAppBadge: vi.fn(async () => Promise.reject(new DOMException('denied'))) };
    await expect(showAppBadge(nav, 3)).resolves.toBeUndefined();
  });
});
