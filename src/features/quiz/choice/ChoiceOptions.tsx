import { type ChoiceOption, MAX_KEYED_OPTIONS } from '../../../domain/quiz/choice';

type Props = {
  options: ChoiceOption[];
  picked: number | null;
  isAnswered: boolean;
  onPick: (index: number) => void;
};

function describeMark(option: ChoiceOption, isPicked: boolean): string | null {
  if (option.isCorrect) return isPicked ? 'Correct, your choice' : 'Correct answer';
  return isPicked ? 'Your choice, not correct' : null;
}

/**
 * The candidate answers, numbered from 1 (keys 1 to 9 choose them); marked in words once
 * answered. More than one may be correct when the bank marks several.
 */
export function ChoiceOptions({ options, picked, isAnswered, onPick }: Props) {
  return (
    <ol className="choice-options" aria-label="Candidate answers">
      {options.map((option, index) => {
        const mark = isAnswered ? describeMark(option, picked === index) : null;
        const state = mark === null ? '' : option.isCorrect ? ' is-correct' : ' is-wrong';
        return (
          // Options never move within a question, and a bank's own options share a card id.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <button
              type="button"
              className={`choice-option${state}`}
              aria-keyshortcuts={index < MAX_KEYED_OPTIONS ? String(index + 1) : undefined}
              aria-disabled={isAnswered}
              onClick={() => onPick(index)}
            >
              <span className="option-number">{index + 1}</span>
              <span className="option-text">{option.text}</span>
              {mark && <strong className="option-mark">{mark}</strong>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
