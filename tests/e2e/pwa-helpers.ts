import type { BrowserContext, Page, Route } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Waits until the service worker is active and its precache holds every entry of the
 * manifest in sw.js, so that going offline afterwards tests the app and not a race.
 */
export async function waitForOfflineReady(page: Page): Promise<string[]> {
  const result = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // `ready` resolves once a worker is active, which may still be activating: wait until it is
    // done, as a user going offline would only be safe then.
    const worker = registration.active;
    if (worker !== null && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
    const script = await (await fetch('/sw.js', { cache: 'no-store' })).text();
    const expected = [...script.matchAll(/url:"([^"]+)"/g)].map((m) => `/${m[1]}`);
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
    const cached = name
      ? (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)
      : [];
    return { state: registration.active?.state, expected, cached };
  });
  expect(result.state).toBe('activated');
  expect(result.expected.length).toBeGreaterThan(0);
  expect([...result.cached].sort()).toEqual([...result.expected].sort());
  return result.cached;
}

// A 2x2 opaque PNG: small, and with a natural width a test can tell from a broken image.
const pngBytes = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGOQ96sEIgYIBQAXzgOZG2yjzwAAAABJRU5ErkJggg==',
  'base64',
);

export type RemoteImages = {
  /** Every remote image URL requested so far, by the page or its service worker. */
  served: string[];
  /** Cuts the network, remote hosts included (Playwright's routes would still answer). */
  goOffline: () => Promise<void>;
};

/** Serves every remote (https) image as a small PNG while online, as if the network were there. */
export async function serveRemoteImages(context: BrowserContext): Promise<RemoteImages> {
  const served: string[] = [];
  let isOnline = true;
  await context.route(
    (url) => url.protocol === 'https:',
    async (route: Route) => {
      if (!isOnline) return route.abort('internetdisconnected');
      served.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: pngBytes });
    },
  );
  const goOffline = async () => {
    isOnline = false;
    await context.setOffline(true);
  };
  return { served, goOffline };
}
