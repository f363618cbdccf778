import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { ModePicker } from '../../../components/ModePicker';
import type { StoredCard } from '../../../domain/card-types';
import { type CramFilter, selectCramCards } from '../../../domain/quiz/cram';
import { createQuizRandom, readQuizSeed } from '../shared/quiz-seed';
import { useQuizChoice } from '../shared/use-quiz-choice';
import { type QuizSources, useQuizSources } from '../shared/use-quiz-sources';
import { CramRun } from './CramRun';
import { CramSetup } from './CramSetup';
import { useCramSelection } from './use-cram-selection';

/** A run's cards come from the setup's filter, or (filter null) from a selection made elsewhere. */
type Run = { filter: CramFilter | null; cards: StoredCard[]; round: number };

/**
 * What a visit starts on without asking: the selection cram was last started with (if its deck
 * is still there), or the whole of the only deck. Null when there is a choice to make.
 */
function pickCramStart(sources: QuizSources, remembered: CramFilter | null): CramFilter | null {
  const isKnown = (deckId: string | null) =>
    deckId === null || sources.decks.some((deck) => deck.id === deckId);
  if (remembered && isKnown(remembered.deckId)) return remembered;
  const only = sources.decks.length === 1 ? sources.decks[0] : undefined;
  return only ? { deckId: only.id, tag: null, search: '', order: 'in-order' } : null;
}

/** Cram: any deck, tag or search result, in order or shuffled, with reveal. Never scheduled. */
export function CramScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const sources = useQuizSources();
  const wantsSelection = params.get('selection') === '1';
  const selection = useCramSelection(wantsSelection);
  const [seed] = useState(() => readQuizSeed(params));
  const [run, setRun] = useState<Run | null>(null);
  const hasStartedSelection = useRef(false);
  const choice = useQuizChoice('cram');
  const hasStarted = useRef(false);

  // A Browse result starts at once, in Browse's order, exactly as it was chosen.
  useEffect(() => {
    if (!selection || selection.length === 0 || hasStartedSelection.current) return;
    hasStartedSelection.current = true;
    setRun({ filter: null, cards: selection, round: 0 });
  }, [selection]);

  const start = (filter: CramFilter, round: number) => {
    if (!sources) return;
    hasStarted.current = true;
    const cards = selectCramCards(sources.cards, filter, createQuizRandom(seed, round));
    setRun({ filter, cards, round });
  };

  // The first visit starts at once when there is nothing to choose, or a choice to repeat.
  const remembered = choice.remembered;
  // biome-ignore lint/correctness/useExhaustiveDependencies: starts once, when all is loaded
  useEffect(() => {
    if (hasStarted.current || wantsSelection || !sources || remembered === undefined) return;
    hasStarted.current = true;
    const filter = pickCramStart(sources, remembered);
    if (filter && selectCramCards(sources.cards, filter, () => 0).length > 0) start(filter, 0);
  }, [sources, wantsSelection, remembered]);
  const again = (current: Run) => {
    if (current.filter === null) setRun({ ...current, round: current.round + 1 });
    else start(current.filter, current.round + 1);
  };

  return (
    <>
      <h1>Cram</h1>
      <ModePicker deckId={deckId} />
      {!sources || selection === undefined ? (
        <p role="status">Loading cards…</p>
      ) : run ? (
        <CramRun
          key={run.round}
          cards={run.cards}
          onAgain={() => again(run)}
          onChangeSelection={() => setRun(null)}
        />
      ) : (
        <CramSetup
          sources={sources}
          initialDeckId={deckId}
          onStart={(filter) => {
            choice.remember(filter);
            start(filter, 0);
          }}
        />
      )}
    </>
  );
}
