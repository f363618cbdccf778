// The one protocol between the page and its workers. A worker serves a map of jobs; each job
// declares its request, progress and result types once, and both sides are typed from that map.
// Every request carries an id, and every answer to it the same id, so concurrent requests to
// one worker never mix.

export type JobSpec<Request, Progress, Result> = {
  request: Request;
  progress: Progress;
  result: Result;
};

export type JobMap = Record<string, JobSpec<unknown, unknown, unknown>>;

export type JobName<M extends JobMap> = keyof M & string;
export type JobRequest<M extends JobMap, K extends JobName<M>> = M[K]['request'];
export type JobProgress<M extends JobMap, K extends JobName<M>> = M[K]['progress'];
export type JobResult<M extends JobMap, K extends JobName<M>> = M[K]['result'];

/** Page to worker: start a job, or ask a running one to stop. */
export type ClientMessage<M extends JobMap> =
  | { kind: 'start'; id: number; job: JobName<M>; request: JobRequest<M, JobName<M>> }
  | { kind: 'cancel'; id: number };

/**
 * Worker to page: a job's progress and its one ending (done, failed or cancelled), or a notice
 * that belongs to no job (the search index's status, for one).
 */
export type HostMessage<M extends JobMap, Notice = never> =
  | { kind: 'progress'; id: number; progress: JobProgress<M, JobName<M>> }
  | { kind: 'done'; id: number; result: JobResult<M, JobName<M>> }
  | { kind: 'failed'; id: number; message: string }
  | { kind: 'cancelled'; id: number }
  | { kind: 'notice'; notice: Notice };

/** How a job that was asked to stop, and stopped, ends on the page. */
export class JobCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelledError';
  }
}

/** What both sides post on: a Worker, a worker's global scope, or a MessagePort. */
export type MessageEndpoint = {
  postMessage: (message: unknown, options: { transfer: Transferable[] }) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  /** MessagePorts deliver nothing until started; workers need no start. */
  start?: () => void;
};
