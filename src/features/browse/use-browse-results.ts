import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { readClock, readStudyDay } from '../../data/services/clock';
import { getAppSearchClient } from '../../data/services/search';
import { send } from '../../data/surface';
import { useQuery } from '../../data/use-query';
import { type BrowseForm, toBrowseQuery } from '../../domain/browse/browse-params';
import type { BrowsePage, BrowseQuery } from '../../domain/browse/browse-types';
import { describeError } from '../../domain/describe-error';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import type { EngineStatus } from '../../workers/search-messages';

export const pageSize = 50;

export type BrowseResults = {
  page: BrowsePage | null;
  status: EngineStatus;
  error: string | null;
  /** The query the page answers, to cram exactly that result. */
  query: BrowseQuery | null;
};

/**
 * Runs the form's search whenever it or the data changes, newest request winning. The data is
 * watched with a live query, so a rating or a suspension elsewhere updates the result. `form`
 * must keep its identity while unchanged (useBrowseForm's does).
 */
export function useBrowseResults(
  form: BrowseForm,
  settings: SchedulerSettings | undefined,
): BrowseResults {
  const client = getAppSearchClient();
  const status = useSyncExternalStore(client.subscribe, client.readStatus);
  // Text search covers more cards as indexing goes on: search again once it is done.
  const isIndexing = status.phase === 'indexing';
  const dataVersion = useDataVersion();
  const refreshed = useRef<number | undefined>(undefined);
  const latest = useRef(0);
  const [answer, setAnswer] = useState<Omit<BrowseResults, 'status'>>({
    page: null,
    error: null,
    query: null,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: isIndexing re-runs the search once indexing ends
  useEffect(() => {
    if (settings === undefined || dataVersion === undefined) return;
    const request = ++latest.current;
    const now = readClock();
    const query = toBrowseQuery(form, {
      now,
      dayEnd: readStudyDay(now, settings.dayStartHour).dayEnd,
      weights: settings.weights,
    });
    const { pageIndex } = form;
    void (async () => {
      try {
        const isStale = refreshed.current !== dataVersion;
        refreshed.current = dataVersion;
        const page = await send('searchPage', { query, pageIndex, pageSize, isStale });
        if (request === latest.current) setAnswer({ page, error: null, query });
      } catch (error) {
        if (request === latest.current) {
          setAnswer({ page: null, error: describeError(error), query: null });
        }
      }
    })();
  }, [client, form, settings, dataVersion, isIndexing]);

  return { ...answer, status };
}

/** A number that goes up whenever the data a search reads changes, in this tab or another. */
function useDataVersion(): number | undefined {
  const runs = useRef(0);
  const changes = useQuery('browseChanges');
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new result is one more change
  const version = useMemo(() => (runs.current += 1), [changes]);
  return changes === undefined ? undefined : version;
}
