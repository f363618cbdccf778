/** What the stats bench page measures against a real IndexedDB, in milliseconds. */
export type StatsReadFigures = {
  reviews: number;
  reviewsInHistory: number;
  /** Null when a kept profile already held the collection. */
  seedMs: number | null;
  /** The app's path, loadStatsReport, with no cached days: every day of the year is read. */
  coldLoadMs: number;
  /** The same with the finished days cached: one count, then today's rows only. */
  warmLoadMs: number;
  /** In that run, when the figures from the cache and today's rows were ready (the last run). */
  previewMs: number;
  /** After a change in a past week: 53 week counts, then that week and today are read. */
  changedWeekLoadMs: number;
  /** Parts of those paths, and the lighter read that was not enough (timestamps only). */
  countWholeRangeMs: number;
  countWeeksMs: number;
  readAllRowsMs: number;
  readKeysOnlyMs: number;
  readScheduleFactsMs: number;
  computeFromMemoryMs: number;
};
