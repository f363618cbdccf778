// Figures the import bench page hands back to Node.

export type ImportRunFigures = {
  cards: number;
  /**
   * `cold`: the worker is started when the file is handed over (Restore backup does this).
   * `prepared`: the Import screen's way: its worker was started `preparedWaitMs` earlier, as
   * the screen opened, and has loaded, opened the database and warmed up its compiler.
   */
  mode: 'cold' | 'prepared';
  preparedWaitMs: number;
  megabytes: number;
  /** From handing the file to the import worker to its report: what a user waits for. */
  totalMs: number;
  cardsPerSecond: number;
  /** Starting the worker, reading the file and checking its bytes. */
  startAndReadMs: number;
  /** Compiling the markdown and planning the rows (what re-import keeps, ids, hashes). */
  parseAndPlanMs: number;
  /**
   * compileDeck alone on the same text, after the import, on the page's thread: cold on a
   * page's first run, warm on its second.
   */
  compileOnlyMs: number;
  /** Writing the card rows, in bulk chunks, until the transaction commits. */
  writeMs: number;
};

export type WriteFigures = {
  cards: number;
  /** Each variant ran this many times, in alternation. */
  rounds: number;
  /**
   * Median ms per variant on the same rows, one transaction each: Dexie bulkPut / bulkAdd in
   * chunks of 1,000 (awaited one after the other), and raw IndexedDB put / add loops (the floor).
   */
  medians: Record<string, number>;
  all: Record<string, number[]>;
  /** One put in its own transaction per card, timed on this many rows... */
  perCardSampledRows: number;
  /** ...and scaled to all the rows. */
  perCardTransactionMs: number;
  /** perCardTransactionMs over the Dexie bulkPut chunks median. */
  perCardOverBulk: number;
  /** The Dexie bulkPut chunks median over the raw put loop's: what Dexie adds, if anything. */
  bulkOverRawFloor: number;
};
