import type {
  ImportProgress,
  ImportReport,
  ImportRequest,
} from '../domain/deck-import/import-messages';
import type { JobSpec } from './transport/job-messages';

// The import worker's jobs (see transport/job-messages.ts).

export type ImportJobRequest<F> = ImportRequest<F> & {
  /** The page's clock, so that every row of one import carries the same time. */
  now: number;
};

export type ImportJobMap = {
  /** Sent to a worker started ahead of time: it uses the wait to warm up its compiler. */
  'warm-up': JobSpec<null, never, null>;
  /** Never fails: a failure or a cancel comes back in the report. */
  import: JobSpec<ImportJobRequest<Blob>, ImportProgress, ImportReport>;
};
