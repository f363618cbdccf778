import { LazyCardMarkdown } from '../../../components/markdown/LazyCardMarkdown';
import type { StoredCard } from '../../../domain/card-types';
import { formatCountdown } from '../../../domain/quiz/mock-session';
import type { MockSummaryItem as Item } from '../../../domain/quiz/mock-summary';
import { CoverageReport } from '../shared/CoverageReport';
import { TypedAnswer } from '../shared/TypedAnswer';

/** One question of the summary: the answer given beside the interview answer, and its coverage. */
export function MockSummaryItem({ item, position }: { item: Item<StoredCard>; position: number }) {
  const titleId = `mock-summary-${position}`;
  return (
    <li>
      <article className="summary-item" aria-labelledby={titleId}>
        <h3 id={titleId}>
          {position}. {item.card.question}
        </h3>
        <p className="meta">Time used: {formatCountdown(item.answer.timeUsedMs)}</p>
        <div className="compare">
          <TypedAnswer text={item.answer.text} />
          <section className="card-panel answer" aria-label="Interview answer">
            <h4 className="panel-title">Interview answer</h4>
            <LazyCardMarkdown markdown={item.card.answer} />
          </section>
        </div>
        <CoverageReport coverage={item.coverage} />
      </article>
    </li>
  );
}
