/** One design's figures against a real IndexedDB, in milliseconds and megabytes. */
export type DesignFigures = {
  /** A new connection, nothing cached: every figure of the Stats screen. */
  firstVisitMs: number;
  /** The next visits (median of three). */
  laterVisitMs: number;
  /** The visit after one review was added to a past week (a merge, say). */
  changedWeekMs: number;
  /** How far the JS heap rose above its start during the first visit (peak). */
  firstVisitHeapMb: number;
};

/** What the stats bench page measures, both designs on one collection in one run. */
export type StatsReadFigures = {
  reviews: number;
  /** Null when a kept profile already held the collection. */
  seedMs: number | null;
  /** Version 4's build of the aggregates from the whole log, in a worker at first open. */
  buildMs: number;
  /** Version 3: the review log read itself (finished days cached in meta). */
  previous: DesignFigures;
  /** Version 4: the per-day aggregates. */
  aggregates: DesignFigures;
  /**
   * Version 4's visit in parts (medians of three): the year's day rows read into the tally,
   * and the schedule rows and deck sizes (the forecast and deck progress, as in version 3).
   */
  parts: { aggregateReadMs: number; scheduleReadMs: number };
};
