// The import worker: reads, parses and writes off the main thread, so the page keeps
// responding while a large bank is imported. One import per worker; the page makes a new
// worker per import and ends it afterwards.
import { createDatabase } from '../storage/db';
import { runImportJob } from './import-job';
import type { ImportJobMap } from './import-messages';
import { warmUpImport } from './import-warm-up';
import { serveJobs } from './transport/job-host';

const db = createDatabase();
// Opening takes a round trip to the browser; started now, it overlaps reading and compiling.
// A failure here surfaces again, and is reported, at the job's first use of the database.
db.open().catch(() => undefined);
let hasImport = false;

serveJobs<ImportJobMap>(globalThis, {
  'warm-up': () => {
    warmUpImport(() => hasImport);
    return null;
  },
  import: (request, { signal, reportProgress }) => {
    hasImport = true;
    return runImportJob(db, request, {
      onProgress: reportProgress,
      isCancelled: () => signal.aborted,
    });
  },
});
