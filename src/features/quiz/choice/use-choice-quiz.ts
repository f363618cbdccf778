import { useMemo, useState } from 'react';
import { readClock } from '../../../data/services/clock';
import type { StoredCard } from '../../../domain/card-types';
import {
  buildChoiceQuestion,
  type ChoiceEntry,
  selectPlayableEntries,
} from '../../../domain/quiz/choice';
import { shuffle } from '../../../domain/quiz/random';
import { createQuizRandom } from '../shared/quiz-seed';
import { savePracticeAnswer } from '../shared/record-practice';

export type ChoiceQuiz = ReturnType<typeof useChoiceQuiz>;

/**
 * A pass through the deck in seeded random order, one question per card: the bank's own
 * options when the card has them, else four answers of the deck.
 */
export function useChoiceQuiz(entries: readonly ChoiceEntry<StoredCard>[], seed: number) {
  const [round, setRound] = useState(0);
  const order = useMemo(
    () => shuffle(selectPlayableEntries(entries), createQuizRandom(seed, round)),
    [entries, seed, round],
  );
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<number | null>(null);
  const [isRevealed, setRevealed] = useState(false);
  const [score, setScore] = useState({ correct: 0, answered: 0 });
  const [shownAt, setShownAt] = useState(() => readClock());

  const target = order[index];
  const question = useMemo(
    () =>
      target === undefined
        ? null
        : buildChoiceQuestion(
            target,
            entries,
            createQuizRandom(seed, (round + 1) * 100_003 + index),
          ),
    [target, entries, seed, round, index],
  );

  const pick = (optionIndex: number) => {
    const option = question?.options[optionIndex];
    if (!question || option === undefined || picked !== null || isRevealed) return;
    const isCorrect = option.isCorrect;
    setPicked(optionIndex);
    setScore((s) => ({ correct: s.correct + (isCorrect ? 1 : 0), answered: s.answered + 1 }));
    savePracticeAnswer({ card: question.card, rating: isCorrect ? 3 : 1, mode: 'choice', shownAt });
  };

  const next = () => {
    setIndex((i) => i + 1);
    setPicked(null);
    setRevealed(false);
    setShownAt(readClock());
  };

  const restart = () => {
    setRound((r) => r + 1);
    setIndex(0);
    setPicked(null);
    setRevealed(false);
    setScore({ correct: 0, answered: 0 });
    setShownAt(readClock());
  };

  return {
    question,
    position: index + 1,
    total: order.length,
    isDone: index >= order.length,
    picked,
    isAnswered: picked !== null || isRevealed,
    score,
    pick,
    reveal: () => setRevealed(true),
    next,
    restart,
  };
}
