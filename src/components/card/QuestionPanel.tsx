import type { CompiledCard } from '../../domain/card-types';
import { CardErrorBoundary } from '../error-boundary/CardErrorBoundary';
import { LazyCardMarkdown } from '../markdown/LazyCardMarkdown';

type Props = {
  card: Pick<CompiledCard, 'id' | 'number' | 'question' | 'prompt'>;
  deckTitle?: string | undefined;
};

/**
 * The question, and its prompt (the code of a "what is the output?", a diagram, given options)
 * right under it, both before the reveal. The prompt is card markdown like the answer: same
 * renderer, same bounds, and it scrolls with the card.
 */
export function QuestionPanel({ card, deckTitle }: Props) {
  const context = [deckTitle, card.number === null ? undefined : `Question ${card.number}`].filter(
    Boolean,
  );
  const prompt = card.prompt ?? '';
  return (
    <section className="card-panel" aria-label="Question">
      {context.length > 0 && <p className="meta">{context.join(' · ')}</p>}
      <h2>{card.question}</h2>
      {prompt.trim() !== '' && (
        <div className="card-prompt">
          <CardErrorBoundary cardId={card.id} plainText={prompt}>
            <LazyCardMarkdown markdown={prompt} />
          </CardErrorBoundary>
        </div>
      )}
    </section>
  );
}
