import type { CompiledCard } from '../../domain/card-types';

type Props = { card: CompiledCard; deckTitle?: string | undefined };

export function QuestionPanel({ card, deckTitle }: Props) {
  const context = [deckTitle, card.number === null ? undefined : `Question ${card.number}`].filter(
    Boolean,
  );
  return (
    <section className="card-panel" aria-label="Question">
      {context.length > 0 && <p className="meta">{context.join(' · ')}</p>}
      <h2>{card.question}</h2>
    </section>
  );
}
