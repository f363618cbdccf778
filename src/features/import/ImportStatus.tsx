import { describeImportReport, describeProgress } from '../../domain/deck-import/describe-report';
import type { ImportJobState } from './use-import-job';

type Props = { state: ImportJobState; onCancel: () => void };

/** Progress and Cancel while an import runs; afterwards, what it did, in a status region. */
export function ImportStatus({ state, onCancel }: Props) {
  const lines = state.phase === 'finished' ? describeImportReport(state.report) : [];
  const hasProblems =
    state.phase === 'finished' &&
    (state.report.problems.length > 0 || state.report.outcome === 'failed');
  return (
    <section className="import-status" aria-label="Import result">
      {state.phase === 'running' && (
        <div className="import-progress">
          <progress
            aria-label="Import progress"
            max={state.progress?.total || undefined}
            value={state.progress?.total ? state.progress.done : undefined}
          />
          <span>{state.progress ? describeProgress(state.progress) : 'Starting…'}</span>
          <button type="button" onClick={onCancel} disabled={state.isCancelling}>
            {state.isCancelling ? 'Cancelling…' : 'Cancel import'}
          </button>
        </div>
      )}
      <div role="status" className={hasProblems ? 'import-report has-problems' : 'import-report'}>
        {lines.map((line, i) => (
          // Lines are regenerated together from one report; the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={i}>{line}</p>
        ))}
      </div>
    </section>
  );
}
