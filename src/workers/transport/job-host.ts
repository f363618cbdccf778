import { describeError } from '../../domain/describe-error';
import type {
  ClientMessage,
  HostMessage,
  JobMap,
  JobName,
  JobProgress,
  JobRequest,
  JobResult,
  MessageEndpoint,
} from './job-messages';

export type JobContext<Progress> = {
  /** Aborted when the page cancels the job; the job then throws, or returns what it has. */
  signal: AbortSignal;
  reportProgress: (progress: Progress, transfer?: Transferable[]) => void;
};

export type JobHandlers<M extends JobMap> = {
  [K in JobName<M>]: (
    request: JobRequest<M, K>,
    context: JobContext<JobProgress<M, K>>,
  ) => Promise<JobResult<M, K>> | JobResult<M, K>;
};

export type JobHost<Notice> = {
  /** Tells the page something that belongs to no job. */
  notify: (notice: Notice) => void;
  /** True while any job runs. */
  isBusy: () => boolean;
};

export type HostOptions = {
  /** The message a failed job's error reaches the page with. */
  describeError?: (error: unknown) => string;
};

type StartMessage<M extends JobMap> = Extract<ClientMessage<M>, { kind: 'start' }>;

/**
 * Serves `handlers` on a worker's scope (or a port): runs each request as it arrives, several
 * at once if asked, and answers each with its own id. A handler's error becomes a `failed`
 * answer with its message; an error after a cancel, a `cancelled` one.
 */
export function serveJobs<M extends JobMap, Notice = never>(
  endpoint: MessageEndpoint,
  handlers: JobHandlers<M>,
  options: HostOptions = {},
): JobHost<Notice> {
  const running = new Map<number, AbortController>();
  const describeFailure = options.describeError ?? describeError;
  const post = (message: HostMessage<M, Notice>, transfer: Transferable[] = []) =>
    endpoint.postMessage(message, { transfer });

  const run = async (message: StartMessage<M>) => {
    const { id } = message;
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const result = await handlers[message.job](message.request, {
        signal: controller.signal,
        reportProgress: (progress, transfer) => post({ kind: 'progress', id, progress }, transfer),
      });
      post({ kind: 'done', id, result });
    } catch (error) {
      if (controller.signal.aborted) post({ kind: 'cancelled', id });
      else post({ kind: 'failed', id, message: describeFailure(error) });
    } finally {
      running.delete(id);
    }
  };

  endpoint.addEventListener('message', (event: MessageEvent<ClientMessage<M>>) => {
    const message = event.data;
    if (message.kind === 'cancel') running.get(message.id)?.abort();
    else void run(message);
  });
  endpoint.start?.();
  return {
    notify: (notice) => post({ kind: 'notice', notice }),
    isBusy: () => running.size > 0,
  };
}
