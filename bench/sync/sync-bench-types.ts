import type { WriteFloor } from './write-floor';

/** What the Node side hands the page to turn sync on, as Settings > Sync does. */
export type SyncBenchConfig = { url: string; username: string; password: string };

/** Times as epoch milliseconds (performance.timeOrigin + now), comparable across pages. */
export type SyncBenchPage = {
  seed: (size: number) => Promise<{ reviews: number; seedMs: number }>;
  /** Turns sync on; resolves once the engine runs, with the ms it took to get there. */
  start: (config: SyncBenchConfig) => Promise<number>;
  /** Resolves when the status reads synced and nothing waits to go out; ms since start. */
  waitSynced: () => Promise<number>;
  /** Resolves when `size` reviews are stored and the engine is idle; ms since start. */
  waitPulled: (size: number) => Promise<number>;
  /** Starts watching a card's stored schedule for a change. */
  watch: (cardId: string) => Promise<void>;
  /** When the watched schedule changed. */
  watched: () => Promise<number>;
  /** Rates a card Good as the Review screen commits it; when the commit ended. */
  rate: (cardId: string, reviewId: string) => Promise<number>;
  cardIds: () => Promise<string[]>;
  /** This device's reviews written into scratch databases three ways (see write-floor.ts). */
  writeFloor: () => Promise<WriteFloor>;
};
