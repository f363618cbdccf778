import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportJobHandle,
  ImportProgress,
  ImportReport,
  ImportRequest,
  RunImportJob,
} from '../../domain/deck-import/import-messages';

export type ImportJobState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress | null; isCancelling: boolean }
  | { phase: 'finished'; report: ImportReport };

export type ImportJobControls = {
  state: ImportJobState;
  start: (request: ImportRequest<File>) => Promise<ImportReport | null>;
  cancel: () => void;
};

/** One import at a time, with its progress and its report. */
export function useImportJob(runJob: RunImportJob<File>): ImportJobControls {
  const [state, setState] = useState<ImportJobState>({ phase: 'idle' });
  const job = useRef<ImportJobHandle | null>(null);
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const start = useCallback(
    async (request: ImportRequest<File>) => {
      if (job.current !== null) return null;
      setState({ phase: 'running', progress: null, isCancelling: false });
      const handle = runJob(request, (progress) => {
        if (isMounted.current) {
          setState((s) => (s.phase === 'running' ? { ...s, progress } : s));
        }
      });
      job.current = handle;
      const report = await handle.done;
      job.current = null;
      if (isMounted.current) setState({ phase: 'finished', report });
      return report;
    },
    [runJob],
  );

  const cancel = useCallback(() => {
    job.current?.cancel();
    setState((s) => (s.phase === 'running' ? { ...s, isCancelling: true } : s));
  }, []);

  return { state, start, cancel };
}
