import { useId } from 'react';
import type { OptimizerProgress } from '../../../workers/clients/optimizer-client';
import { describePhase } from './optimizer-text';

/** The job's progress (indeterminate while a phase cannot count) and a way to stop it. */
export function OptimizerProgressBar({
  progress,
  onCancel,
}: {
  progress: OptimizerProgress;
  onCancel: () => void;
}) {
  const id = useId();
  const label = describePhase(progress.phase, progress.fraction);
  return (
    <div className="optimizer-progress">
      <label htmlFor={id}>{label}</label>
      {progress.fraction === null ? (
        <progress id={id} max={1} />
      ) : (
        <progress id={id} max={1} value={progress.fraction} />
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
