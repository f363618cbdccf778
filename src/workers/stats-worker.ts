// The stats worker: reads a year of reviews and computes the Stats screen's figures off the
// main thread, so a large collection never freezes the page. One request per worker.
import type { StatsRequest, StatsResponse } from '../domain/stats/stats-messages';
import { readTimezoneOffset } from '../storage/clock';
import { createDatabase } from '../storage/db';
import { loadStatsReport } from '../storage/stats-repo';

function send(response: StatsResponse): void {
  globalThis.postMessage(response);
}

globalThis.addEventListener('message', (message: MessageEvent<StatsRequest>) => {
  const { now, dayStartHour } = message.data;
  const db = createDatabase();
  loadStatsReport(
    db,
    { now, dayStartHour, tzOffsetAt: readTimezoneOffset },
    {
      onProgress: (done, total) => send({ type: 'progress', done, total }),
      onPreview: (report) => send({ type: 'preview', report }),
    },
  )
    .then((report) => send({ type: 'done', report }))
    .catch((error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close());
});
