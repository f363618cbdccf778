import { parseInterviewDate } from '../../../domain/stats/readiness-date';

type InterviewDateFieldProps = {
  date: string | null;
  onPick: (date: string | null) => void;
};

export function InterviewDateField({ date, onPick }: InterviewDateFieldProps) {
  return (
    <div className="interview-date">
      <label htmlFor="interview-date">Interview date</label>
      <input
        id="interview-date"
        type="date"
        value={date ?? ''}
        // A half-typed date reads as '' in the browser: it clears, then the full date saves.
        onChange={(event) => onPick(parseInterviewDate(event.currentTarget.value))}
      />
    </div>
  );
}
