// Figures the bench page hands back to Node, one object per collection size.

/** Milliseconds over the measured iterations. */
export type Percentiles = { count: number; p50: number; p95: number; max: number; mean: number };

export type SeedFigures = {
  cards: number;
  scheduleRows: number;
  learningCards: number;
  newCards: number;
  reviews: number;
  averageCardBytes: number;
  averageReviewBytes: number;
  /** syncDecks of the whole deck into an empty database (the app's import path). */
  importMs: number;
  importCardsPerSecond: number;
  /** Set-up only (bulkPut in chunks of 1,000), not app paths. */
  scheduleMs: number;
  /** The imported card rows copied, in their final form, into the measured database. */
  cardsMs: number;
  reviewsMs: number;
};

export type HeadKinds = { new: number; learning: number; review: number };

export type SizeFigures = {
  size: number;
  seed: SeedFigures;
  warmup: number;
  iterations: number;
  /** loadReviewSnapshot over all decks, as the Review link runs it. */
  nextCard: Percentiles;
  /** loadReviewSnapshot for one deck, as a deck's own review runs it. */
  nextCardOneDeck: Percentiles;
  /** rateShownCard on the card the snapshot returned. */
  commit: Percentiles;
  /** From the rating to the next snapshot of a live query, as the review screen receives it. */
  liveRateToNextCard: Percentiles;
  /** What kind of card was at the head of the queue in the measured iterations. */
  headKinds: HeadKinds;
  /** Study days the simulated clock skipped because the daily limits were used up. */
  daysAdvanced: number;
  /** Each step of the two paths on its own, to show where the time goes. */
  breakdown: { nextCard: Record<string, Percentiles>; commit: Record<string, Percentiles> };
};
