import { Link } from 'wouter';
import { toCardHref } from '../../../components/routes';
import type { CardRecall } from '../../../domain/stats/readiness';
import { formatPercent } from './format-readiness';

type StudyFirstListProps = {
  entries: readonly CardRecall[];
  desiredRetention: number;
};

export function StudyFirstList({ entries, desiredRetention }: StudyFirstListProps) {
  const target = formatPercent(desiredRetention);
  return (
    <div className="study-first">
      <h3 id="study-first-heading">Study first</h3>
      <p className="meta">
        Learned cards predicted below your desired retention ({target}) on the day, lowest first;
        then cards you have never studied.
      </p>
      {entries.length === 0 ? (
        <p>Nothing to catch up on: every card is learned and predicted at {target} or more.</p>
      ) : (
        <ol aria-labelledby="study-first-heading">
          {entries.map(({ card, deckTitle, recall, isLearned }) => (
            <li key={card.id}>
              <Link href={toCardHref(card.id)}>{card.question}</Link>
              <span className="meta">
                {deckTitle} ·{' '}
                {isLearned ? `${formatPercent(recall)} predicted recall` : 'never studied, 0%'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
