import { useEffect } from 'react';
import { runWhenIdle } from '../../../data/services/run-when-idle';

// Long enough for Settings to settle first.
const IDLE_TIMEOUT_MS = 3000;
/** Written by scripts/vite-plugin-optimizer.ts at build time; absent in development. */
const assetListUrl = '/optimizer-assets.json';

/**
 * The optimizer's worker, thread script and wasm (1.7 MB) are not precached; the service
 * worker caches them as they are fetched (see vite.config.ts). So once Settings is open and
 * the browser idle, fetch those not cached yet: from then on Optimize works offline.
 */
export function useWarmOptimizer(): void {
  useEffect(() => {
    if (!navigator.onLine || typeof caches === 'undefined') return;
    return runWhenIdle(() => void warmOptimizerFiles(), IDLE_TIMEOUT_MS);
  }, []);
}

/** Fetches through the service worker each listed file it has not cached; true when all are. */
export async function warmOptimizerFiles(): Promise<boolean> {
  try {
    // Only a page the service worker controls can fill its cache.
    if (!navigator.serviceWorker?.controller) return false;
    const response = await fetch(assetListUrl, { cache: 'no-store' });
    if (!response.ok) return false;
    const urls: unknown = await response.json();
    if (!Array.isArray(urls)) return false;
    for (const url of urls) {
      if (typeof url !== 'string' || (await caches.match(url)) !== undefined) continue;
      const file = await fetch(url);
      // Read to the end: the service worker caches the response once its body is complete.
      await file.arrayBuffer();
    }
    return true;
  } catch {
    // Offline meanwhile, or storage refused: the next visit to Settings tries again.
    return false;
  }
}
