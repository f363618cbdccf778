import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { ModePicker } from '../../../components/ModePicker';
import type { StoredCard } from '../../../domain/card-types';
import { type CramFilter, selectCramCards } from '../../../domain/quiz/cram';
import { createQuizRandom, readQuizSeed } from '../shared/quiz-seed';
import { useQuizSources } from '../shared/use-quiz-sources';
import { CramRun } from './CramRun';
import { CramSetup } from './CramSetup';
import { useCramSelection } from './use-cram-selection';

/** A run's cards come from the setup's filter, or (filter null) from a selection made elsewhere. */
type Run = { filter: CramFilter | null; cards: StoredCard[]; round: number };

/** Cram: any deck, tag or search result, in order or shuffled, with reveal. Never scheduled. */
export function CramScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const sources = useQuizSources();
  const selection = useCramSelection(params.get('selection') === '1');
  const [seed] = useState(() => readQuizSeed(params));
  const [run, setRun] = useState<Run | null>(null);
  const hasStartedSelection = useRef(false);

  // A Browse result starts at once, in Browse's order, exactly as it was chosen.
  useEffect(() => {
    if (!selection || selection.length === 0 || hasStartedSelection.current) return;
    hasStartedSelection.current = true;
    setRun({ filter: null, cards: selection, round: 0 });
  }, [selection]);

  const start = (filter: CramFilter, round: number) => {
    if (!sources) return;
    const cards = selectCramCards(sources.cards, filter, createQuizRandom(seed, round));
    setRun({ filter, cards, round });
  };
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
          onStart={(filter) => start(filter, 0)}
        />
      )}
    </>
  );
}
