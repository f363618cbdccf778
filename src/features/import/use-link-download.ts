import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadLink, type LinkProgress } from '../../data/services/link-download';

export type LinkDownloadState =
  | { phase: 'idle' }
  | { phase: 'downloading'; progress: LinkProgress | null }
  | { phase: 'failed'; message: string };

/** One download at a time, with what has arrived; the file when it is complete, else null. */
export function useLinkDownload() {
  const [state, setState] = useState<LinkDownloadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (link: string): Promise<File | null> => {
    if (controller.current !== null) return null;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'downloading', progress: null });
    const result = await downloadLink(link, {
      signal: abort.signal,
      onProgress: (progress) => {
        if (!abort.signal.aborted) setState({ phase: 'downloading', progress });
      },
    });
    controller.current = null;
    if (abort.signal.aborted) return null;
    setState(
      result.kind === 'failed' ? { phase: 'failed', message: result.message } : { phase: 'idle' },
    );
    return result.kind === 'file' ? result.file : null;
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel };
}
