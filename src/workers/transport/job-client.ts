import {
  type ClientMessage,
  type HostMessage,
  JobCancelledError,
  type JobMap,
  type JobName,
  type JobProgress,
  type JobRequest,
  type JobResult,
  type MessageEndpoint,
} from './job-messages';

export type JobHandle<Result> = {
  done: Promise<Result>;
  /** Asks the worker to stop the job; `done` then rejects with a JobCancelledError. */
  cancel: () => void;
};

export type StartOptions<Progress> = {
  onProgress?: (progress: Progress) => void;
  transfer?: Transferable[];
};

export type JobClient<M extends JobMap> = {
  start: <K extends JobName<M>>(
    job: K,
    request: JobRequest<M, K>,
    options?: StartOptions<JobProgress<M, K>>,
  ) => JobHandle<JobResult<M, K>>;
  /**
   * Ends the connection (and the worker) at once, for a job that cannot be interrupted any
   * other way: every pending job, and every later one, rejects with `reason`.
   */
  close: (reason?: Error) => void;
};

export type ClientOptions<Notice> = {
  onNotice?: (notice: Notice) => void;
  /** Called once, when the client closes: a worker client terminates its worker here. */
  onClose?: () => void;
};

type Pending<M extends JobMap> = {
  onProgress: (progress: JobProgress<M, JobName<M>>) => void;
  resolve: (result: JobResult<M, JobName<M>>) => void;
  reject: (error: Error) => void;
};

/** The page's side of the transport (see job-messages.ts), on a worker or a port. */
export function createJobClient<M extends JobMap, Notice = never>(
  endpoint: MessageEndpoint,
  options: ClientOptions<Notice> = {},
): JobClient<M> {
  const pending = new Map<number, Pending<M>>();
  let nextId = 1;
  let closedWith: Error | null = null;
  const post = (message: ClientMessage<M>, transfer: Transferable[] = []) =>
    endpoint.postMessage(message, { transfer });

  endpoint.addEventListener('message', (event: MessageEvent<HostMessage<M, Notice>>) => {
    const message = event.data;
    if (message.kind === 'notice') return options.onNotice?.(message.notice);
    const waiting = pending.get(message.id);
    if (waiting === undefined) return;
    if (message.kind === 'progress') return waiting.onProgress(message.progress);
    pending.delete(message.id);
    if (message.kind === 'done') waiting.resolve(message.result);
    else if (message.kind === 'failed') waiting.reject(new Error(message.message));
    else waiting.reject(new JobCancelledError());
  });
  endpoint.start?.();

  return {
    start: (job, request, { onProgress, transfer } = {}) => {
      const id = nextId++;
      const done = new Promise<JobResult<M, typeof job>>((resolve, reject) => {
        if (closedWith !== null) return reject(closedWith);
        // The id ties each answer to this job, so its progress and result are this job's types.
        pending.set(id, {
          onProgress: (progress) => onProgress?.(progress as JobProgress<M, typeof job>),
          resolve: (result) => resolve(result as JobResult<M, typeof job>),
          reject,
        });
        post({ kind: 'start', id, job, request }, transfer);
      });
      const cancel = () => {
        if (pending.has(id)) post({ kind: 'cancel', id });
      };
      return { done, cancel };
    },
    close: (reason = new JobCancelledError()) => {
      if (closedWith !== null) return;
      closedWith = reason;
      for (const waiting of pending.values()) waiting.reject(reason);
      pending.clear();
      options.onClose?.();
    },
  };
}

export type WorkerClientOptions<Notice> = ClientOptions<Notice> & {
  /** What a crash is called when the browser gives no message (a script that did not load). */
  crashMessage?: string;
  onCrash?: (message: string) => void;
};

/**
 * A client on a worker the caller created (Vite bundles a worker only where `new Worker` names
 * its file). A worker that fails to load or run closes the client with the crash's message.
 */
export function connectWorker<M extends JobMap, Notice = never>(
  worker: Worker,
  options: WorkerClientOptions<Notice> = {},
): JobClient<M> {
  const client = createJobClient<M, Notice>(worker, {
    ...options,
    onClose: () => {
      worker.terminate();
      options.onClose?.();
    },
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    const message = event.message || (options.crashMessage ?? 'the worker stopped');
    options.onCrash?.(message);
    client.close(new Error(message));
  });
  return client;
}
