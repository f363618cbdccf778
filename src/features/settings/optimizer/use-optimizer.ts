import { useCallback, useEffect, useRef, useState } from 'react';
import { optimize, reschedule } from '../../../data/jobs';
import { send } from '../../../data/surface';
import { describeError } from '../../../domain/describe-error';
import type { SchedulerSettings } from '../../../domain/scheduler/types';
import type { OptimizerJob, OptimizerProgress } from '../../../workers/clients/optimizer-client';
import type { OptimizeResult } from '../../../workers/optimizer-messages';
import { JobCancelledError } from '../../../workers/transport/job-messages';

/** How jobs start: the worker in the app, fakes in component tests. */
export type OptimizerJobs = {
  optimize: (
    settings: SchedulerSettings,
    onProgress: (progress: OptimizerProgress) => void,
  ) => OptimizerJob<OptimizeResult>;
  reschedule: (
    settings: SchedulerSettings,
    onProgress: (progress: OptimizerProgress) => void,
  ) => OptimizerJob<number>;
};

export const workerJobs: OptimizerJobs = {
  optimize,
  reschedule,
};

export type OptimizerState = {
  progress: OptimizerProgress | null;
  result: OptimizeResult | null;
  isApplied: boolean;
  message: string | null;
  error: string | null;
};

const initialState: OptimizerState = {
  progress: null,
  result: null,
  isApplied: false,
  message: null,
  error: null,
};

export function useOptimizer(jobs: OptimizerJobs) {
  const [state, setState] = useState<OptimizerState>(initialState);
  const job = useRef<OptimizerJob<unknown> | null>(null);
  useEffect(() => () => job.current?.cancel(), []);

  const run = useCallback(
    async <T>(start: (onProgress: (p: OptimizerProgress) => void) => OptimizerJob<T>) => {
      const onProgress = (progress: OptimizerProgress) => setState((s) => ({ ...s, progress }));
      const current = start(onProgress);
      job.current = current;
      try {
        return await current.done;
      } finally {
        if (job.current === current) job.current = null;
      }
    },
    [],
  );

  const optimize = useCallback(
    async (settings: SchedulerSettings) => {
      setState({ ...initialState, progress: { phase: 'starting', fraction: null } });
      try {
        const result = await run((onProgress) => jobs.optimize(settings, onProgress));
        setState({ ...initialState, result });
      } catch (error) {
        setState({ ...initialState, ...describeFailure(error, 'Optimize') });
      }
    },
    [jobs, run],
  );

  /** Saves the weights alone, so a setting changed meanwhile (here or in another tab) stays. */
  const apply = useCallback(async (weights: number[]) => {
    try {
      await send('saveSettings', { weights });
      setState((s) => ({
        ...s,
        isApplied: true,
        error: null,
        message: 'Parameters applied: every review from now on is scheduled with them.',
      }));
    } catch (error) {
      setState((s) => ({ ...s, ...describeFailure(error, 'Apply') }));
    }
  }, []);

  const reschedule = useCallback(
    async (settings: SchedulerSettings) => {
      setState((s) => ({ ...s, message: null, error: null, progress: startingReschedule }));
      try {
        const count = await run((onProgress) => jobs.reschedule(settings, onProgress));
        const cards = count === 1 ? '1 card' : `${count} cards`;
        setState((s) => ({ ...s, progress: null, message: `Rescheduled ${cards}.` }));
      } catch (error) {
        setState((s) => ({ ...s, progress: null, ...describeFailure(error, 'Reschedule') }));
      }
    },
    [jobs, run],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);

  return { state, optimize, apply, reschedule, cancel };
}

const startingReschedule: OptimizerProgress = { phase: 'rescheduling', fraction: null };

function describeFailure(
  error: unknown,
  action: string,
): Pick<OptimizerState, 'message' | 'error'> {
  if (error instanceof JobCancelledError) return { message: `${action} cancelled.`, error: null };
  return { message: null, error: `${action} failed: ${describeError(error)}` };
}
