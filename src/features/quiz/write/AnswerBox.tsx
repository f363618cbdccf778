import { type KeyboardEvent, useEffect, useRef } from 'react';

type Props = {
  /** Changes with the question, to put the cursor back in the box. */
  questionKey: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
};

/** The typed answer, before the reveal. Ctrl+Enter (or the button) shows the interview answer. */
export function AnswerBox({ questionKey, value, onChange, onSubmit }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (questionKey) box.current?.focus();
  }, [questionKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <div className="answer-box">
      <label htmlFor="write-answer">Your answer</label>
      <textarea
        id="write-answer"
        ref={box}
        rows={6}
        value={value}
        aria-describedby="write-answer-hint"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="write-answer-hint" className="meta">
        Answer as you would in an interview, then press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to compare.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="Control+Enter"
          onClick={onSubmit}
        >
          Show answer
        </button>
      </div>
    </div>
  );
}
