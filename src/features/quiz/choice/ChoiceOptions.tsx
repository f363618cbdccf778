import type { ChoiceOption } from '../../../domain/quiz/choice';

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

/** Four candidate answers, numbered 1 to 4 (the keys that choose them); marked in words once answered. */
export function ChoiceOptions({ options, picked, isAnswered, onPick }: Props) {
  return (
    <ol className="choice-options" aria-label="Candidate answers">
      {options.map((option, index) => {
        const mark = isAnswered ? describeMark(option, picked === index) : null;
        const state = mark === null ? '' : option.isCorrect ? ' is-correct' : ' is-wrong';
        return (
          <li key={option.cardId}>
            <button
              type="button"
              className={`choice-option${state}`}
              aria-keyshortcuts={String(index + 1)}
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
