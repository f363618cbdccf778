import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { ModePicker } from '../../../components/ModePicker';
import type { StoredCard } from '../../../domain/card-types';
import { type CramFilter, selectCramCards } from '../../../domain/quiz/cram';
import { createQuizRandom, readQuizSeed } from '../shared/quiz-seed';
import { useQuizSources } from '../shared/use-quiz-sources';
import { CramRun } from './CramRun';
import { CramSetup } from './CramSetup';

type Run = { filter: CramFilter; cards: StoredCard[]; round: number };

/** Cram: any deck, tag or search result, in order or shuffled, with reveal. Never scheduled. */
export function CramScreen() {
  const [params] = useSearchParams();
  const deckId = params.get('deck');
  const sources = useQuizSources();
  const [seed] = useState(() => readQuizSeed(params));
  const [run, setRun] = useState<Run | null>(null);

  const start = (filter: CramFilter, round: number) => {
    if (!sources) return;
    const cards = selectCramCards(sources.cards, filter, createQuizRandom(seed, round));
    setRun({ filter, cards, round });
  };

  return (
    <>
      <h1>Cram</h1>
      <ModePicker deckId={deckId} />
      {!sources ? (
        <p role="status">Loading cards…</p>
      ) : run ? (
        <CramRun
          key={run.round}
          cards={run.cards}
          onAgain={() => start(run.filter, run.round + 1)}
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
