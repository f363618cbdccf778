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
  /** Set-up only, not an app path: cards, schedule rows and reviews, bulk-added chunk by chunk. */
  cardsPerChunk: number;
  writeMs: number;
  rowsPerSecond: number;
};

/** What the page hands back after seeding a fresh database. */
export type SeedResult = { seed: SeedFigures; startAt: number };

/** What the page needs to measure on a seeded database. */
export type MeasureRequest = { size: number; startAt: number };

/** Whether this run seeded its database or reused one seeded before, and what that took. */
export type DatabaseFigures = {
  reused: boolean;
  /** Hash of the seeding code; a change to it seeds again. */
  seedKey: string;
  seededAt: string;
  seedWallMs: number;
};

export type HeadKinds = { new: number; learning: number; review: number };

export type SizeFigures = {
  size: number;
  seed: SeedFigures;
  database: DatabaseFigures;
  warmup: number;
  iterations: number;
  /** The first queue read after the browser opened the database from disk (one sample). */
  sessionStartColdMs: number;
  /** The page's JS heap (MB, after a full collection): database open, then a session started. */
  heap: { beforeSessionMb: number | null; withSessionMb: number | null };
  /** Opening the Review screen: a new review session reads today's queue (all decks). */
  sessionStart: Percentiles;
  /** The same, up to its first card shown. */
  sessionFirstCard: Percentiles;
  /** session.next after a rating (all decks): what the Review screen runs for the next card. */
  nextCard: Percentiles;
  /** session.next in a one-deck session, as a deck's own review runs it. */
  nextCardOneDeck: Percentiles;
  /** session.rate: the rating's commit and the session's update. */
  commit: Percentiles;
  /** The same loop, in alternating blocks, with the next card read after the commit on its own. */
  nextReadOnItsOwn: { nextCard: Percentiles; commit: Percentiles; rateToNextCard: Percentiles };
  /** From the rating to the next card, as the Review screen's controller runs them. */
  rateToNextCard: Percentiles;
  /** How often each loop's session read the whole queue (once, plus once per new day). */
  queueReads: { allDecks: number; oneDeck: number };
  /** What kind of card was at the head of the queue in the measured iterations. */
  headKinds: HeadKinds;
  /** Study days the simulated clock skipped because the daily limits were used up. */
  daysAdvanced: number;
  /** Each step on its own, and the previous design's per-card full read, for comparison. */
  breakdown: { nextCard: Record<string, Percentiles>; commit: Record<string, Percentiles> };
};
