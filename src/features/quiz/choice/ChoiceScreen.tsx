import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { ModePicker } from '../../../components/ModePicker';
import { routes } from '../../../components/routes';
import { useQuery } from '../../../data/use-query';
import { CHOICE_OPTION_COUNT, selectPlayableEntries } from '../../../domain/quiz/choice';
import { DeckChoice } from '../shared/DeckChoice';
import { pickStartDeck } from '../shared/pick-start-deck';
import { readQuizSeed } from '../shared/quiz-seed';
import { useQuizChoice } from '../shared/use-quiz-choice';
import { ChoiceRound } from './ChoiceRound';
import { useChoiceDeck } from './use-choice-deck';

const path = routes.choice;

/**
 * Multiple choice: pick the interview answer that belongs to the question, or one of the
 * bank's own options when the card has them. Practice only.
 * Starts at once on the deck in the address, the deck last chosen, or the only deck; asks
 * only when there is a choice to make (or the user asks to change it).
 */
export function ChoiceScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const isChoosing = params.get('choose') === '1';
  const decks = useQuery('deckList');
  const choice = useQuizChoice('choice');
  const remembered = choice.remembered;
  const isLoading = deckId === null && (decks === undefined || remembered === undefined);
  const startDeck =
    deckId ?? (isChoosing || !decks ? null : pickStartDeck(decks, remembered?.deckId ?? null));
  const { remember } = choice;

  useEffect(() => {
    if (startDeck !== null && remembered !== undefined && remembered?.deckId !== startDeck) {
      remember({ deckId: startDeck });
    }
  }, [startDeck, remembered, remember]);

  return (
    <>
      <h1>Multiple choice</h1>
      <ModePicker deckId={deckId} />
      {isLoading ? (
        <p role="status">Loading decks…</p>
      ) : startDeck ? (
        <>
          {(decks?.length ?? 0) > 1 && (
            <p className="meta">
              <Link href={`${path}?choose=1`}>Change deck</Link>
            </p>
          )}
          <ChoiceDeck deckId={startDeck} params={params} />
        </>
      ) : (
        <DeckChoice path={path} decks={decks ?? []} />
      )}
    </>
  );
}

function ChoiceDeck({ deckId, params }: { deckId: string; params: URLSearchParams }) {
  const entries = useChoiceDeck(deckId);
  const [seed] = useState(() => readQuizSeed(params));
  if (!entries) return <p role="status">Loading the deck…</p>;
  if (selectPlayableEntries(entries).length === 0) {
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
