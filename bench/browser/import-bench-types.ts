// Figures the import bench page hands back to Node.

export type ImportRunFigures = {
  cards: number;
  megabytes: number;
  /** From handing the file to the import worker to its report: what a user waits for. */
  totalMs: number;
  cardsPerSecond: number;
  /** Until the first card row is written: reading, UTF-8 checks, compiling, planning. */
  readAndParseMs: number;
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
