import { useState } from 'react';
import { describeStorageError } from '../../../data/services/errors';
import { formatInterviewDay } from './format-readiness';
import { InterviewDateField } from './InterviewDateField';
import { ReadinessReport } from './ReadinessReport';
import {
  type ReadinessState,
  rememberInterviewDate,
  useReadiness,
  useStoredInterviewDate,
} from './use-readiness';
import './readiness.css';

/** Interview-day readiness: predicted recall on a chosen date, and what to study first. */
export function ReadinessSection() {
  const stored = useStoredInterviewDate();
  return (
    <section className="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Interview day</h2>
      {stored === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <ReadinessPlanner initialDate={stored} />
      )}
    </section>
  );
}

// The picked date lives here while it is saved, so typing in the field never waits on storage.
function ReadinessPlanner({ initialDate }: { initialDate: string | null }) {
  const [date, setDate] = useState(initialDate);
  const [saveError, setSaveError] = useState<string | null>(null);
  const state = useReadiness(date);
  const pick = (next: string | null) => {
    setDate(next);
    rememberInterviewDate(next).then(
      () => setSaveError(null),
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
  };
  return (
    <>
      <InterviewDateField date={date} onPick={pick} />
      {saveError !== null && <p role="alert">{saveError}</p>}
      <ReadinessBody state={state} />
    </>
  );
}

function ReadinessBody({ state }: { state: ReadinessState | undefined }) {
  if (state === undefined) return <p role="status">Working out predicted recall…</p>;
  if (state.status === 'no-date') {
    return (
      <p>
        Pick the date of your interview. Drillbook then predicts how much of each deck and tag you
        will recall on that day, from your reviews so far, and lists the cards to study first. The
        date is remembered.
      </p>
    );
  }
  if (state.status === 'past') {
    return (
      <p role="alert" className="readiness-past">
        {formatInterviewDay(state.date)} has already passed. Pick the date of your next interview to
        see your predicted recall for it.
      </p>
    );
  }
  return <ReadinessReport {...state} />;
}
