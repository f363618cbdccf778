// Figures the import bench page hands back to Node.

export type ImportRunFigures = {
  cards: number;
  megabytes: number;
  /** From handing the file to the import worker to its report: what a user waits for. */
  totalMs: number;
  cardsPerSecond: number;
  /** Starting the worker, reading the file and checking its bytes. */
  startAndReadMs: number;
  /** Compiling the markdown and planning the rows (what re-import keeps, ids, hashes). */
  parseAndPlanMs: number;
  /** compileDeck alone on the same text, measured after the import on the page's thread. */
  compileOnlyMs: number;
  /** Writing the card rows, in bulk chunks, until the transaction commits. */
  writeMs: number;
};

export type WriteFigures = {
  cards: number;
  /** The import path's writes: bulkPut in chunks of 1,000, one transaction. */
  bulkChunksMs: number;
  /** The same chunks issued without waiting for each other, one transaction. */
  bulkPipelinedMs: number;
  /** One put in its own transaction per card. */
  perCardTransactionMs: number;
  perCardOverBulk: number;
};
