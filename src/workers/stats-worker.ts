// The stats worker: builds the review aggregates if the upgrade left them to build, then
// computes the Stats screen's figures off the main thread. The page makes one per request.
import { createDatabase } from '../storage/db';
import { buildReviewDays } from '../storage/review-days-build';
import { loadStatsReport } from '../storage/stats-repo';
import type { StatsJobMap } from './stats-messages';
import { serveJobs } from './transport/job-host';

// The worker's Date reads the same time zone as the page's.
const readTimezoneOffset = (at: number) => new Date(at).getTimezoneOffset();

serveJobs<StatsJobMap>(globalThis, {
  load: async ({ now, dayStartHour }, { reportProgress }) => {
    const db = createDatabase();
    try {
      return await loadStatsReport(
        db,
        { now, dayStartHour, tzOffsetAt: readTimezoneOffset },
        { onProgress: (done, total) => reportProgress({ type: 'build', done, total }) },
      );
    } finally {
      db.close();
    }
  },
  build: async (_request, { reportProgress }) => {
    const db = createDatabase();
    try {
      await buildReviewDays(db, {
        onProgress: (done, total) => reportProgress({ type: 'build', done, total }),
      });
    } finally {
      db.close();
    }
  },
});
