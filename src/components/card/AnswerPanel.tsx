import type { ReactNode } from 'react';
import type { CompiledCard } from '../../domain/card-types';
import { CardErrorBoundary } from '../error-boundary/CardErrorBoundary';
import { LazyCardMarkdown } from '../markdown/LazyCardMarkdown';
import { CardSections } from './CardSections';

type Props = {
  card: CompiledCard;
  /** Shown between the answer and the sections: the rating buttons, in review. */
  children?: ReactNode;
};

/** The interview answer first; Concepts, Examples and other sections one click away. */
export function AnswerPanel({ card, children }: Props) {
  return (
    <>
      <section className="card-panel answer" aria-label="Interview answer">
        <h3 className="panel-title">Interview answer</h3>
        <CardErrorBoundary cardId={card.id} plainText={card.answer}>
          <LazyCardMarkdown markdown={card.answer} />
        </CardErrorBoundary>
      </section>
      {children}
      {card.sections.length > 0 && (
        <div className="card-panel">
          <CardErrorBoundary cardId={card.id}>
            <CardSections sections={card.sections} />
          </CardErrorBoundary>
        </div>
      )}
    </>
  );
}
