import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { ModePicker } from '../../../components/ModePicker';
import { routes } from '../../../components/routes';
import { CHOICE_OPTION_COUNT, hasEnoughChoices } from '../../../domain/quiz/choice';
import { DeckChoice } from '../shared/DeckChoice';
import { readQuizSeed } from '../shared/quiz-seed';
import { ChoiceRound } from './ChoiceRound';
import { useChoiceDeck } from './use-choice-deck';

/** Multiple choice: pick the interview answer that belongs to the question. Practice only. */
export function ChoiceScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  return (
    <>
      <h1>Multiple choice</h1>
      <ModePicker deckId={deckId} />
      {deckId ? (
        <ChoiceDeck deckId={deckId} params={params} />
      ) : (
        <DeckChoice path={routes.choice} />
      )}
    </>
  );
}

function ChoiceDeck({ deckId, params }: { deckId: string; params: URLSearchParams }) {
  const entries = useChoiceDeck(deckId);
  const [seed] = useState(() => readQuizSeed(params));
  if (!entries) return <p role="status">Loading the deck…</p>;
  if (!hasEnoughChoices(entries)) {
    const reason =
      entries.length < CHOICE_OPTION_COUNT
        ? `This deck has fewer than ${CHOICE_OPTION_COUNT} cards (${entries.length})`
        : `This deck has fewer than ${CHOICE_OPTION_COUNT} different answers`;
    return (
      <p role="status" className="card-panel">
        {reason}, so it cannot offer {CHOICE_OPTION_COUNT} options. Try Cram or Write instead.
      </p>
    );
  }
  return <ChoiceRound key={deckId} entries={entries} seed={seed} />;
}
