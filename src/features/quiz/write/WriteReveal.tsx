import { useMemo } from 'react';
import { AnswerPanel } from '../../../components/card/AnswerPanel';
import type { ShownCard } from '../../../data/review-session/review-session';
import { measureCoverage, suggestRating } from '../../../domain/quiz/coverage';
import { extractKeyTerms } from '../../../domain/quiz/key-terms';
import type { Rating } from '../../../domain/scheduler/types';
import { CoverageReport } from '../shared/CoverageReport';
import { TypedAnswer } from '../shared/TypedAnswer';
import { useTermRarity } from '../shared/use-term-rarity';
import { SuggestedRating } from './SuggestedRating';

type Props = {
  shown: ShownCard;
  typed: string;
  isBusy: boolean;
  onRate: (rating: Rating) => void;
};

/** The typed answer beside the interview answer, the key terms it covers, and a suggested rating. */
export function WriteReveal({ shown, typed, isBusy, onRate }: Props) {
  const rarity = useTermRarity([shown.card.deckId]);
  const coverage = useMemo(
    () => measureCoverage(extractKeyTerms(shown.card, rarity), typed),
    [shown.card, typed, rarity],
  );
  return (
    <>
      <div className="compare">
        <TypedAnswer text={typed} />
        <AnswerPanel card={shown.card} />
      </div>
      <CoverageReport coverage={coverage} />
      <SuggestedRating
        cardId={shown.card.id}
        coverage={coverage}
        suggested={suggestRating(coverage)}
        previews={shown.previews}
        isBusy={isBusy}
        onRate={onRate}
      />
    </>
  );
}
