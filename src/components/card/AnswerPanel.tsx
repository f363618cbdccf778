import type { ReactNode } from 'react';
import type { CompiledCard } from '../../domain/card-types';
import { LazyCardMarkdown } from '../markdown/LazyCardMarkdown';

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
        <LazyCardMarkdown markdown={card.answer} />
      </section>
      {children}
      {card.sections.length > 0 && (
        <div className="card-panel">
          {card.sections.map((section, index) => (
            // Titles can repeat within a card; their order never changes while it is shown.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <details className="section" key={`${index}-${section.title}`}>
              <summary>{section.title}</summary>
              <LazyCardMarkdown markdown={section.markdown} />
            </details>
          ))}
        </div>
      )}
    </>
  );
}
